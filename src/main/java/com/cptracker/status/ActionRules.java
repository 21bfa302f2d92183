package com.cptracker.status;

import com.cptracker.common.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An action's status for a quarter, judged at the quarter's last day. In order:
 *
 * <ol>
 *   <li>Cancelled or superseded: withdrawn; it leaves the counts.</li>
 *   <li>Marked complete on or before the quarter's last day: complete (blue).</li>
 *   <li>Starting after the quarter: not started (grey).</li>
 *   <li>Due before the quarter's last day and not complete: red (overdue). "Ongoing" and recurring actions are
 *       never overdue. An action due by a day and then recurring or ongoing ("by September 2025 and then annually")
 *       is overdue past that day unless its lead's update for the quarter says it is on track: then it is judged
 *       like a recurring action.</li>
 *   <li>The lead's update for the quarter says off track: red; at risk: amber; complete: complete; on track:
 *       green.</li>
 *   <li>No update submitted for the quarter: amber.</li>
 * </ol>
 */
public final class ActionRules {

    private ActionRules() {}

    public static Verdict status(ActionFacts action, ReportingPeriod quarter) {
        if (action.withdrawn()) {
            return Verdict.of(Status.WITHDRAWN, "Cancelled or superseded: it leaves the counts and keeps its history.");
        }
        if (action.completedOn() != null && !action.completedOn().isAfter(quarter.end())) {
            return Verdict.of(Status.COMPLETE, "Marked complete on " + day(action.completedOn()) + ".");
        }
        if (action.startsOn() != null && action.startsOn().isAfter(quarter.end())) {
            return Verdict.of(Status.NOT_STARTED, "It starts on " + day(action.startsOn()) + ", after this quarter.");
        }
        boolean pastDue = action.dueOn() != null && action.dueOn().isBefore(quarter.end());
        if (pastDue && action.continuesAfterDue() && action.assessment() != Assessment.ON_TRACK) {
            return Verdict.of(
                    Status.RED,
                    "It was first due by " + day(action.dueOn()) + " and its lead's update for " + quarter.label()
                            + " does not say it is on track.");
        }
        if (pastDue && !action.continuesAfterDue()) {
            return Verdict.of(
                    Status.RED,
                    "It was due by " + day(action.dueOn()) + " and was not complete by the end of " + quarter.label()
                            + ".");
        }
        if (action.assessment() == null) {
            return Verdict.of(Status.AMBER, "No progress update was submitted for " + quarter.label() + ".");
        }
        return switch (action.assessment()) {
            case OFF_TRACK -> Verdict.of(Status.RED, "Its lead reported it off track.");
            case AT_RISK -> Verdict.of(Status.AMBER, "Its lead reported it at risk.");
            case COMPLETE -> Verdict.of(Status.COMPLETE, "Its lead reported it complete.");
            case ON_TRACK -> Verdict.of(Status.GREEN, "Its lead reported it on track.");
        };
    }

    /**
     * An action's direction of travel: its status this quarter against the quarter before, complete above on track,
     * on track above at risk, at risk above off track. Not started, withdrawn or unknown on either side: no comparison.
     */
    public static Direction direction(Status before, Status now) {
        int was = rank(before);
        int is = rank(now);
        if (was == 0 || is == 0) {
            return Direction.NONE;
        }
        return is > was ? Direction.IMPROVING : is < was ? Direction.WORSENING : Direction.NO_CHANGE;
    }

    private static int rank(Status status) {
        if (status == null) {
            return 0;
        }
        return switch (status) {
            case RED -> 1;
            case AMBER -> 2;
            case GREEN -> 3;
            case COMPLETE -> 4;
            default -> 0;
        };
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
}
