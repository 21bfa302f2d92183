package com.cptracker.admin.web;

import com.cptracker.actions.ActionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Taking an action out of the plan (cancelled, superseded) or back into it, always with a reason. */
record ActionStatusForm(
        @NotNull(message = "Choose what happens to the action")
        @Pattern(regexp = "CANCELLED|SUPERSEDED|ACTIVE", message = "Choose what happens to the action")
        String status,
        @NotBlank(message = "Enter the reason")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static ActionStatusForm empty(boolean withdrawn, long version) {
        return new ActionStatusForm(withdrawn ? "ACTIVE" : null, "", String.valueOf(version));
    }

    ActionStatus to() {
        return ActionStatus.valueOf(status);
    }

    String trimmedReason() {
        return reason.strip();
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
