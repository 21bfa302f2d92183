package com.cptracker.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A quarter as its pages show it. Figures and updates for periods ending by the quarter's last day; and once the
 * quarter is published, only what was there when the board first saw it, plus corrections made since, which are
 * marked as revised wherever they are shown. A figure entered late (a year-end figure that arrives after the year's
 * last quarter was published) is shown from the next quarter, never slipped into one the board has already seen.
 *
 * @param quarter     the quarter
 * @param publishedAt when it was published, or null while it is not
 */
public record AsAt(ReportingPeriod quarter, Instant publishedAt) {

    /** A quarter not (yet) published: everything entered so far for periods ending by its last day. */
    public static AsAt unpublished(ReportingPeriod quarter) {
        return new AsAt(quarter, null);
    }

    /** As a board member sees a strategy before any quarter of it is published: no figures and no updates. */
    public static AsAt nothingYet(ReportingPeriod quarter) {
        return new AsAt(quarter, Instant.MIN);
    }

    /** Made by {@link #nothingYet}: nothing of the strategy is published, so no status or flag is shown for it. */
    public boolean isNothingYet() {
        return Instant.MIN.equals(publishedAt);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /**
     * For a query that applies {@link #shows} once the quarter is published: the latest time a figure that is not a
     * correction may have been entered; null for {@link #nothingYet} (no time a database can hold is that early, and a
     * comparison with null is never true) and while the quarter is not published.
     */
    public Instant enteredBy() {
        return Instant.MIN.equals(publishedAt) ? null : publishedAt;
    }

    /**
     * Whether a figure belongs on the quarter's pages.
     *
     * @param periodEnd  the last day of the period the figure is for
     * @param enteredAt  when it was entered (or last changed before anyone saw it)
     * @param correction whether it is a correction made with a reason after the board saw the period
     */
    public boolean shows(LocalDate periodEnd, Instant enteredAt, boolean correction) {
        return !periodEnd.isAfter(quarter.end())
                && (publishedAt == null || correction || !enteredAt.isAfter(publishedAt));
    }
}
