package com.cptracker.risks.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.risks.RiskEdits.ReviewFields;
import com.cptracker.risks.RiskRecords.RiskEdit;
import com.cptracker.risks.RiskState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A review of an issue or risk (or its closing): its rating and status now, the next review and what was found. */
record ReviewForm(
        Long levelId,
        @NotNull(message = "Choose whether it stays open") RiskState state,
        DateInput reviewDate,

        @Size(max = 5000, message = "The note must be 5,000 characters or fewer")
        String note,

        Long version) {

    ReviewForm {
        reviewDate = reviewDate == null ? DateInput.blank() : reviewDate;
    }

    static ReviewForm of(RiskEdit e, RiskState state) {
        return new ReviewForm(e.levelId(), state, null, "", e.version());
    }

    /** An open item needs its next review date; a closed one needs none, and a note saying why. */
    ReviewFields fields(Errors errors) {
        LocalDate next = DateInput.optional(reviewDate, errors, "reviewDate", "next review date");
        if (state == RiskState.OPEN && next == null && !errors.hasFieldErrors("reviewDate*")) {
            Forms.reject(errors, "reviewDate.day", "required", "Enter the date of the next review");
        }
        if (state == RiskState.CLOSED && Forms.text(note) == null) {
            Forms.reject(errors, "note", "required", "Say why it is closed");
        }
        return errors.hasErrors()
                ? null
                : new ReviewFields(levelId, state, state == RiskState.OPEN ? next : null, Forms.text(note));
    }
}
