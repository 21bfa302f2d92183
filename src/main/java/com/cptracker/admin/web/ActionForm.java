package com.cptracker.admin.web;

import com.cptracker.actions.ActionEdits.ActionEdit;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/**
 * A row of the action plan as an administrator enters it: up to three leads, each a job title as the plan names it and,
 * where known, the account of the officer who updates the action. The due date stays in the council's own words ("March
 * 2019", "Ongoing", "2024-25 Q1"), read by {@link DueDate#parse}.
 */
record ActionForm(
        @NotNull(message = "Choose the priority") Long priorityId,
        Long statementId,

        @NotBlank(message = "Enter the ref, like 1a or 2.3")
        @Pattern(
                regexp = Refs.PATTERN,
                message = "Enter a ref of up to 20 letters, numbers, dots and hyphens, like 1a or P2.3")
        String ref,

        @NotBlank(message = "Enter the action")
        @Size(max = 5000, message = "The action must be 5,000 characters or fewer")
        String text,

        @NotBlank(message = "Enter when the action is due")
        @Size(max = 300, message = "The due date must be 300 characters or fewer")
        String due,

        @Size(max = 300, message = "The job title must be 300 characters or fewer")
        String lead1Title,

        Long lead1User,

        @Size(max = 300, message = "The job title must be 300 characters or fewer")
        String lead2Title,

        Long lead2User,

        @Size(max = 300, message = "The job title must be 300 characters or fewer")
        String lead3Title,

        Long lead3User,
        List<Long> partnerIds,

        @Size(max = 5000, message = "The success measure must be 5,000 characters or fewer")
        String successMeasure,

        @Size(max = 300, message = "The cross-reference must be 300 characters or fewer")
        String crossReference,

        List<Long> recommendationIds,
        Long version) {

    static ActionForm empty(Long priorityId) {
        return new ActionForm(
                priorityId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                null);
    }

    /** The action as saved, answering these recommendations. */
    static ActionForm of(ActionEdit e, Collection<Long> answers) {
        ActionFields f = e.fields();
        Lead[] leads = Arrays.copyOf(f.leads().toArray(Lead[]::new), 3);
        return new ActionForm(
                f.priorityId(),
                f.statementId(),
                f.ref(),
                f.text(),
                f.due().text(),
                title(leads[0]),
                user(leads[0]),
                title(leads[1]),
                user(leads[1]),
                title(leads[2]),
                user(leads[2]),
                List.copyOf(f.partnerIds()),
                f.successMeasure(),
                f.crossReference(),
                List.copyOf(answers),
                e.version());
    }

    /**
     * Reads the due date (its own message beside the field when it cannot) and the leads, and returns what to save, or
     * null with errors.
     */
    ActionFields fields(Errors errors) {
        DueDate dueDate = null;
        if (!errors.hasFieldErrors("due")) {
            try {
                dueDate = DueDate.parse(due);
            } catch (IllegalArgumentException e) {
                Forms.reject(errors, "due", "due", e.getMessage());
            }
        }
        List<Lead> leads = new ArrayList<>();
        List<String> titles = titles();
        List<Long> users = Arrays.asList(lead1User, lead2User, lead3User);
        for (int i = 0; i < titles.size(); i++) {
            String title = Forms.text(titles.get(i));
            if (title == null && users.get(i) != null) {
                Forms.reject(errors, "lead" + (i + 1) + "Title", "required", "Enter the job title of this lead");
            } else if (title != null) {
                leads.add(new Lead(title, users.get(i)));
            }
        }
        // Whether an action needs a lead of its own depends on its priority: the service decides (NO_LEAD).
        if (errors.hasErrors()) {
            return null;
        }
        Set<Long> partners = partnerIds == null
                ? new LinkedHashSet<>()
                : partnerIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ActionFields(
                priorityId,
                statementId,
                ref.strip(),
                text.strip(),
                dueDate,
                leads,
                partners,
                Forms.text(successMeasure),
                Forms.text(crossReference));
    }

    /**
     * Runs a change, putting a refusal about the n-th lead beside the row it was typed in: the service numbers the
     * leads without the rows left blank.
     */
    <T> T onItsRow(Supplier<T> change) {
        try {
            return change.get();
        } catch (RejectedInput e) {
            String field = e.field() == null ? "" : e.field();
            if (!field.matches("lead[1-3](Title|User)")) {
                throw e;
            }
            List<String> titles = titles();
            for (int row = 0, seen = 0; row < titles.size(); row++) {
                if (Forms.text(titles.get(row)) != null && ++seen == field.charAt(4) - '0') {
                    throw new RejectedInput("lead" + (row + 1) + field.substring(5), e.getMessage());
                }
            }
            throw e;
        }
    }

    /** The recommendations chosen, each once. */
    List<Long> answers() {
        return recommendationIds == null
                ? List.of()
                : recommendationIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    private List<String> titles() {
        return Arrays.asList(lead1Title, lead2Title, lead3Title);
    }

    private static String title(Lead lead) {
        return lead == null ? null : lead.jobTitle();
    }

    private static Long user(Lead lead) {
        return lead == null ? null : lead.userId();
    }
}
