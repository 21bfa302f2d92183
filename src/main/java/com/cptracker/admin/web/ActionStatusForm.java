package com.cptracker.admin.web;

import com.cptracker.actions.ActionStatus;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Taking an action out of the plan (cancelled, superseded) or back into it, always with a reason. */
record ActionStatusForm(
        @NotNull(message = "Choose what happens to the action")
        ActionStatus status,

        @NotBlank(message = "Enter the reason")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    /** The form an action's page starts with: reinstate it if it is out of the plan, otherwise choose how it leaves. */
    static ActionStatusForm empty(boolean withdrawn, long version) {
        return new ActionStatusForm(withdrawn ? ActionStatus.ACTIVE : null, "", version);
    }
}
