package com.cptracker.work.web;

import com.cptracker.actions.ProgressUpdateService.UpdateDraft;
import com.cptracker.actions.ProgressUpdateService.UpdateInput;
import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.status.Assessment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * An action's quarterly update as the lead enters it. {@code step} is the button pressed: "submit", or a draft.
 * Dates are GOV.UK date inputs, read by {@link DateInput}.
 */
record UpdateForm(
        String step,

        @NotBlank(message = "Enter the progress made this quarter")
        @Size(max = 4000, message = "Progress must be 4,000 characters or fewer")
        String progress,

        @NotNull(message = "Choose how the action is going") Assessment assessment,
        DateInput completedOn,

        @Size(max = 2000, message = "The comment must be 2,000 characters or fewer")
        String riskComment,

        DateInput proposedDueDate,

        @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
        String proposedDueReason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    /** A date posted without its boxes is a blank date, so that it is shown and checked like one. */
    UpdateForm {
        completedOn = completedOn == null ? DateInput.blank() : completedOn;
        proposedDueDate = proposedDueDate == null ? DateInput.blank() : proposedDueDate;
    }

    static UpdateForm of(UpdateDraft d) {
        return new UpdateForm(
                null,
                d.progress(),
                d.assessment(),
                DateInput.of(d.completedOn()),
                d.riskComment(),
                DateInput.of(d.proposedDueDate()),
                d.proposedDueReason(),
                d.version());
    }

    /** A new due date is being proposed: its date or its reason typed. */
    boolean proposes() {
        return !proposedDueDate.isEmpty() || Forms.text(proposedDueReason) != null;
    }

    boolean submit() {
        return "submit".equals(step);
    }

    /**
     * The update as the service takes it. Reads the dates, and checks the rules that join two fields: a proposed due
     * date needs its reason, and a reason its date. Every problem goes on {@code errors}.
     */
    UpdateInput input(Errors errors) {
        LocalDate completed = DateInput.optional(completedOn, errors, "completedOn", "completion date");
        LocalDate proposed = DateInput.optional(proposedDueDate, errors, "proposedDueDate", "new due date");
        String reason = Forms.text(proposedDueReason);
        if (proposed != null && reason == null) {
            Forms.reject(errors, "proposedDueReason", "required", "Say why the due date should change");
        }
        if (reason != null && proposedDueDate.isEmpty()) {
            Forms.reject(errors, "proposedDueDate.day", "required", "Enter the new due date you are proposing");
        }
        return new UpdateInput(
                progress == null ? null : progress.strip(),
                assessment,
                completed,
                Forms.text(riskComment),
                proposed,
                proposed == null ? null : reason,
                submit(),
                Forms.version(version));
    }
}
