package com.cptracker.jobs;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.Locale;

/** A job as its page shows it; times are in England's. */
public record JobView(
        long id,
        String label,
        String fileName,
        JobState state,
        long done,
        long total,
        String stage,
        String summary,
        String linkPath,
        String linkText,
        String failureMessage,
        LocalDateTime createdAt,
        LocalDateTime startedAt,
        LocalDateTime finishedAt) {

    /** Still to finish: its page refreshes itself. */
    public boolean updating() {
        return !state.finished();
    }

    /** Whether the work has said how much there is to do. */
    public boolean measured() {
        return total > 0;
    }

    /** "4,000 of 10,000 rows". */
    public String progressText() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        return n.format(done) + " of " + n.format(total) + (total == 1 ? " row" : " rows");
    }
}
