package com.cptracker.status;

/** A status with the reason for it in words, as the help page and the scorecard explain it. */
public record Verdict(Status status, String reason) {

    /**
     * Every measure's and action's status before the strategy's first quarter is published, as a board member sees it:
     * nothing is judged about a quarter the board has not been given, so no flag (no update, overdue, no data) shows.
     */
    public static final Verdict NOT_YET_PUBLISHED = new Verdict(
            Status.NOT_RATED, "No quarter of this strategy has been published yet: statuses appear once one is.");

    /** Whether this is {@link #NOT_YET_PUBLISHED}. */
    public boolean notYetPublished() {
        return equals(NOT_YET_PUBLISHED);
    }

    public static Verdict of(Status status, String reason) {
        return new Verdict(status, reason);
    }
}
