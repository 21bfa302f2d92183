package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionRecords.Lead;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an administrator enters about an action, and what an edit starts from. */
public final class ActionEdits {

    private ActionEdits() {}

    public record ActionFields(
            long priorityId,
            Long statementId,
            String ref,
            String text,
            DueDate due,
            List<Lead> leads,
            Set<Long> partnerIds,
            String successMeasure,
            String crossReference) {

        /** The same fields with the due date given. */
        public ActionFields withDue(DueDate to) {
            return new ActionFields(
                    priorityId, statementId, ref, text, to, leads, partnerIds, successMeasure, crossReference);
        }

        /**
         * What an action without a lead is told: it needs a lead's job title, or the partners that lead it (some
         * plans, like Bury's, name lead partners and no officer), unless its priority names who leads it (Bury's plan
         * gives most of its actions no lead of their own: each priority's theme group and partners lead them).
         */
        public static final String NO_LEAD = "Enter the job title of at least one lead, or choose the partners that "
                + "lead it: its priority names no lead, workstream group or partners";

        /** The action as pages and other modules read it, with these fields. */
        public ActionSummary summary(
                long id, ActionStatus status, LocalDate completedOn, LocalDate startsOn, long strategyId) {
            return new ActionSummary(
                    id,
                    priorityId,
                    statementId,
                    ref,
                    text,
                    due,
                    leads,
                    successMeasure,
                    status,
                    completedOn,
                    startsOn,
                    partnerIds,
                    crossReference,
                    strategyId);
        }
    }

    public record ActionEdit(long id, ActionFields fields, ActionStatus status, long version) {

        public String ref() {
            return fields.ref();
        }

        /** Cancelled and superseded actions can be reinstated; active ones cancelled or superseded. */
        public boolean withdrawn() {
            return status == ActionStatus.CANCELLED || status == ActionStatus.SUPERSEDED;
        }
    }

    /** One row of the administrator's list of a strategy's actions. */
    public record ActionRow(
            long id,
            long strategyId,
            long priorityId,
            String ref,
            String text,
            String leads,
            String due,
            ActionStatus status,
            long version) {}
}
