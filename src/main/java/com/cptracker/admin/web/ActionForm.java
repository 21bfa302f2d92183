package com.cptracker.admin.web;

import com.cptracker.actions.ActionEdits.ActionEdit;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import jakarta.validation.constraints.NotBlank;
import com.cptracker.common.RejectedInput;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.springframework.validation.Errors;

/**
 * A row of the action plan as an administrator enters it: up to three leads, each a job title as the plan names it and,
 * where known, the account of the officer who updates the action.
 */
record ActionForm(
        @NotBlank(message = "Choose the priority")
        @Pattern(regexp = "\\s*|\\d{1,18}", message = "Choose the priority")
        String priorityId,
        @Pattern(regexp = "\\d{0,18}", message = "Choose a statement from the list, or none")
        String statementId,
        @NotBlank(message = "Enter the ref, like 1a or 2.3")
        @Pattern(regexp = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9.\\-/]{0,19}\\s*",
                message = "Enter a ref of up to 20 letters, numbers, dots and hyphens, like 1a or P2.3")
        String ref,
        @NotBlank(message = "Enter the action")
        @Size(max = 5000, message = "The action must be 5,000 characters or fewer")
        String text,
        @Size(max = 100, message = "The due date must be 100 characters or fewer")
        String due,
        @Size(max = 300, message = "The job title must be 300 characters or fewer") String lead1Title,
        @Pattern(regexp = "\\d{0,18}", message = "Choose an account from the list") String lead1User,
        @Size(max = 300, message = "The job title must be 300 characters or fewer") String lead2Title,
        @Pattern(regexp = "\\d{0,18}", message = "Choose an account from the list") String lead2User,
        @Size(max = 300, message = "The job title must be 300 characters or fewer") String lead3Title,
        @Pattern(regexp = "\\d{0,18}", message = "Choose an account from the list") String lead3User,
        List<String> partnerIds,
        @Size(max = 5000, message = "The success measure must be 5,000 characters or fewer")
        String successMeasure,
        @Size(max = 300, message = "The cross-reference must be 300 characters or fewer")
        String crossReference,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static final int LEADS = 3;
    private static final java.util.regex.Pattern LEAD_FIELD = java.util.regex.Pattern.compile("lead([1-3])(Title|User)");

    static ActionForm empty(Long priorityId) {
        return new ActionForm(Forms.value(priorityId), "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "");
    }

    static ActionForm of(ActionEdit e) {
        ActionFields f = e.fields();
        String[] titles = new String[LEADS];
        String[] users = new String[LEADS];
        for (int i = 0; i < LEADS; i++) {
            Lead lead = i < f.leads().size() ? f.leads().get(i) : null;
            titles[i] = lead == null ? "" : lead.jobTitle();
            users[i] = lead == null ? "" : Forms.value(lead.userId());
        }
        return new ActionForm(String.valueOf(f.priorityId()), Forms.value(f.statementId()), f.ref(), f.text(),
                f.due().text(), titles[0], users[0], titles[1], users[1], titles[2], users[2],
                f.partnerIds().stream().map(String::valueOf).toList(), Forms.value(f.successMeasure()),
                Forms.value(f.crossReference()), String.valueOf(e.version()));
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
                errors.rejectValue("due", "due", e.getMessage());
            }
        }
        List<Lead> leads = new ArrayList<>();
        String[][] rows = {{lead1Title, lead1User}, {lead2Title, lead2User}, {lead3Title, lead3User}};
        for (int i = 0; i < rows.length; i++) {
            String title = Forms.text(rows[i][0]);
            Long user = Forms.id(rows[i][1]);
            if (title == null && user != null) {
                errors.rejectValue("lead" + (i + 1) + "Title", "required", "Enter the job title of this lead");
            } else if (title != null) {
                leads.add(new Lead(title, user));
            }
        }
        if (leads.isEmpty() && !errors.hasFieldErrors("lead1Title")) {
            errors.rejectValue("lead1Title", "required", "Enter the job title of at least one lead");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ActionFields(Long.parseLong(priorityId.strip()), Forms.id(statementId), ref.strip(), text.strip(),
                dueDate, leads, Forms.idSet(partnerIds), Forms.text(successMeasure), Forms.text(crossReference));
    }

    /**
     * Runs a change, putting a refusal about the n-th lead beside the row it was typed in: the service numbers the
     * leads without the rows left blank.
     */
    <T> T onItsRow(Supplier<T> change) {
        try {
            return change.get();
        } catch (RejectedInput e) {
            Matcher lead = LEAD_FIELD.matcher(e.field() == null ? "" : e.field());
            if (!lead.matches()) {
                throw e;
            }
            String[] titles = {lead1Title, lead2Title, lead3Title};
            for (int row = 0, seen = 0; row < titles.length; row++) {
                if (Forms.text(titles[row]) != null && ++seen == Integer.parseInt(lead.group(1))) {
                    throw new RejectedInput("lead" + (row + 1) + lead.group(2), e.getMessage());
                }
            }
            throw e;
        }
    }

    public String leadTitle(int n) {
        return switch (n) {
            case 1 -> lead1Title;
            case 2 -> lead2Title;
            default -> lead3Title;
        };
    }

    public String leadUser(int n) {
        return switch (n) {
            case 1 -> lead1User;
            case 2 -> lead2User;
            default -> lead3User;
        };
    }

    public boolean hasPartner(long id) {
        return partnerIds != null && partnerIds.contains(String.valueOf(id));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
