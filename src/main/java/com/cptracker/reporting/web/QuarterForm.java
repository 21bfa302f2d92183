package com.cptracker.reporting.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One of the small forms of the quarters page, posted for one quarter: the step its button takes, the quarter's
 * version as the page showed it, and what that step needs, a deadline to open it or a reason to correct it once the
 * board has seen it.
 */
record QuarterForm(
        @NotNull(message = Forms.STALE_PAGE) QuarterStep step,
        DateInput deadline,

        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    QuarterForm {
        deadline = deadline == null ? DateInput.blank() : deadline;
    }

    static QuarterForm blank() {
        return new QuarterForm(null, DateInput.blank(), "", null);
    }
}
