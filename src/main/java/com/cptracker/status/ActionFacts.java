package com.cptracker.status;

import java.time.LocalDate;

/**
 * What the rules need to know about an action for a quarter.
 *
 * @param withdrawn  cancelled or superseded: it leaves the counts but keeps its history
 * @param startsOn   when work starts, or null when it has started
 * @param completedOn the day it was marked complete, or null
 * @param dueOn      the last day it is due, or null for "Ongoing" and recurring ("Annually") actions
 * @param continuesAfterDue work goes on after the due day ("by September 2025 and then annually")
 * @param assessment the lead's assessment in the update submitted for the quarter, or null when none was
 */
public record ActionFacts(
        boolean withdrawn,
        LocalDate startsOn,
        LocalDate completedOn,
        LocalDate dueOn,
        boolean continuesAfterDue,
        Assessment assessment) {

    /** An action whose work ends at its due day (or that has none). */
    public ActionFacts(
            boolean withdrawn, LocalDate startsOn, LocalDate completedOn, LocalDate dueOn, Assessment assessment) {
        this(withdrawn, startsOn, completedOn, dueOn, false, assessment);
    }
}
