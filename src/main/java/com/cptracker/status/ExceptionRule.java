package com.cptracker.status;

/**
 * A rule that puts a measure or an action on a quarter's exception report: what the board should look at first. Each
 * is switched on or off per strategy; two take a number ({@link ExceptionRules}). The words are the ones the report
 * and the settings page show.
 */
public enum ExceptionRule {
    RED_OR_AMBER_WORSENING(
            true,
            "Red or amber and worsening",
            "A measure that is off track or at risk, and worse than in its previous reporting period."),
    MISSED_TARGET_RUNNING(
            true,
            "Missed its target %d quarters running",
            "A measure whose value missed its target (red or amber) in each of its last %d reporting periods up to"
                    + " the quarter, this one included: quarters for a quarterly measure, years for an annual one."
                    + " A period with no value ends the run."),
    WORSE_THAN_NEIGHBOURS(
            true,
            "Worse than statistical neighbours",
            "A measure whose value is worse than the average of its statistical neighbours by more than the"
                    + " strategy's benchmark margin."),
    NO_VALUE_WHEN_DUE(
            true, "No value when due", "A measure whose value for the quarter was due and was not given (no data)."),
    OVERDUE_ACTION(false, "Overdue", "An action past its due date and not complete at the end of the quarter."),
    NO_UPDATE_THIS_QUARTER(
            false,
            "No progress update this quarter",
            "An action in progress whose lead gave no progress update for the quarter."),
    DUE_DATE_MOVED(
            false,
            "Due date moved more than %s",
            "An action not complete whose due date has been changed more than %s since it was set, counting"
                    + " the changes made by the time the quarter was published.");

    private final boolean forMeasures;
    private final String label;
    private final String description;

    ExceptionRule(boolean forMeasures, String label, String description) {
        this.forMeasures = forMeasures;
        this.label = label;
        this.description = description;
    }

    /** A rule about measures; the others are about actions. */
    public boolean forMeasures() {
        return forMeasures;
    }

    /** Whether the rule takes a number: how many quarters running, or how many moves. */
    public boolean takesNumber() {
        return this == MISSED_TARGET_RUNNING || this == DUE_DATE_MOVED;
    }

    /** The rule's name with its number in it, such as "Missed its target 2 quarters running". */
    String label(int number) {
        return String.format(label, this == DUE_DATE_MOVED ? times(number) : number);
    }

    /** The rule in a sentence, with its number in it. */
    String description(int number) {
        return String.format(description, this == DUE_DATE_MOVED ? times(number) : number);
    }

    /** The rule's name where no number is known: the settings page's label. */
    public String genericLabel() {
        return switch (this) {
            case MISSED_TARGET_RUNNING -> "Missed its target a number of quarters running";
            case DUE_DATE_MOVED -> "Due date moved more than a number of times";
            default -> label;
        };
    }

    /** "once", "twice", "3 times". */
    public static String times(int number) {
        return switch (number) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> number + " times";
        };
    }
}
