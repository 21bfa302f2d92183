package com.cptracker.status;

import java.time.LocalDate;

/**
 * What the rules need to know about an action for a quarter.
 *
 * @param withdrawn  cancelled or superseded: it leaves the counts but keeps its history
 * @param startsOn   when work starts, or null when it has started
 * @param completedOn the day it was marked complete, or null
 * @param dueOn      the last day it is due, or null for "Ongoing" and recurring ("Annually") actions
 * @param assessment the lead's assessment in the update submitted for the quarter, or null when none was
 */
public record ActionFacts(
        boolean withdrawn, LocalDate startsOn, LocalDate completedOn, LocalDate dueOn, Assessment assessment) {}
