package com.cptracker.risks;

import java.time.LocalDate;
import java.util.Set;

/** What people enter about an issue or risk. */
public final class RiskEdits {

    private RiskEdits() {}

    /** An item as it is raised or changed: its rating, owner and review date are its first review's. */
    public record RiskFields(
            RiskKind kind,
            String title,
            String description,
            long ownerId,
            Long levelId,
            LocalDate reviewDate,
            Set<Long> priorityIds,
            Set<Long> actionIds) {}

    /** A review: the rating and status at this date, the next review date and what the review found. */
    public record ReviewFields(Long levelId, RiskState state, LocalDate reviewDate, String note) {}

    /** A mitigation: what is done or planned, on a date. */
    public record MitigationFields(LocalDate doneOn, String text) {}
}
