package com.cptracker.actions.domain;

import com.cptracker.status.Assessment;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted progress update as the board's pages read it: the columns of {@link ProgressUpdate} they use, read
 * straight into a record (no entity to track for a page that only reads).
 */
public record ShownUpdate(
        Long actionId,
        String periodCode,
        String progress,
        Assessment assessment,
        LocalDate completedOn,
        String authorName,
        Instant submittedAt,
        boolean demo) {

    /** An update already loaded as an entity, as the pages read it. */
    public static ShownUpdate of(ProgressUpdate u) {
        return new ShownUpdate(
                u.getActionId(),
                u.getPeriodCode(),
                u.getProgress(),
                u.getAssessment(),
                u.getCompletedOn(),
                u.getAuthorName(),
                u.getSubmittedAt(),
                u.isDemo());
    }
}
