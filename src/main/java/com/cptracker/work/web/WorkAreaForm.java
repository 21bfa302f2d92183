package com.cptracker.work.web;

import com.cptracker.actions.WorkAreaUpdateService.WorkAreaDraft;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaInput;
import com.cptracker.common.web.Forms;
import com.cptracker.status.Assessment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A work area's quarterly update as its lead enters it, or as an administrator corrects it; {@code reason} is the
 * correction's reason, or the comment an administrator returns the update with. {@code step} is the button pressed:
 * "submit", or a draft. What each page needs (progress and assessment to save, a reason to correct or return) is
 * checked by the page with {@link Forms#reject}, so that every problem is listed at once.
 */
record WorkAreaForm(
        String step,

        @Size(max = 4000, message = "Progress must be 4,000 characters or fewer")
        String progress,

        Assessment assessment,

        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    static WorkAreaForm of(WorkAreaDraft d) {
        return new WorkAreaForm(null, d.progress(), d.assessment(), null, d.version());
    }

    boolean submit() {
        return "submit".equals(step);
    }

    /** The update as the service takes it; progress and an assessment are needed. */
    WorkAreaInput input(Errors errors) {
        String text = Forms.text(progress);
        if (text == null) {
            Forms.reject(errors, "progress", "required", "Enter the progress made across the work area this quarter");
        }
        if (assessment == null) {
            Forms.reject(errors, "assessment", "required", "Choose how the work area is going");
        }
        return new WorkAreaInput(text, assessment, submit(), Forms.version(version));
    }

    /** The reason (or comment) a page needs, as typed; a problem on {@code reason} when it is blank. */
    String reason(Errors errors, String missing) {
        String text = Forms.text(reason);
        if (text == null) {
            Forms.reject(errors, "reason", "required", missing);
        }
        return text;
    }
}
