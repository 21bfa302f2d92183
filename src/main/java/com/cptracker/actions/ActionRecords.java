package com.cptracker.actions;

import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.status.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Views of actions for other modules and pages, and what creating one takes. */
public final class ActionRecords {

    private ActionRecords() {}

    public record Lead(String jobTitle, Long userId) {}

    public record ActionSummary(
            long id,
            long priorityId,
            Long statementId,
            String ref,
            String text,
            DueDate due,
            List<Lead> leads,
            String successMeasure,
            ActionStatus status,
            LocalDate completedOn,
            LocalDate startsOn,
            Set<Long> partnerIds,
            String crossReference,
            long strategyId) {

        public String leadNames() {
            return String.join("; ", leads.stream().map(Lead::jobTitle).toList());
        }
    }

    /** A progress update already submitted, as the demo data and imports carry them. */
    public record SubmittedUpdate(
            String ref,
            String periodCode,
            Assessment assessment,
            String progress,
            LocalDate completedOn,
            Long authorId,
            String authorName,
            boolean demo) {}

    public record NewAction(
            long priorityId,
            Long statementId,
            String ref,
            String text,
            DueDate due,
            List<Lead> leads,
            Set<Long> partnerIds,
            String successMeasure,
            String crossReference) {

        public ActionFields fields() {
            return new ActionFields(
                    priorityId, statementId, ref, text, due, leads, partnerIds, successMeasure, crossReference);
        }
    }
}
