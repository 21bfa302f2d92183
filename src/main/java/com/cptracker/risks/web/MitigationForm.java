package com.cptracker.risks.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.risks.RiskEdits.MitigationFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A mitigation: what is done or planned about an issue or risk, on a date. */
record MitigationForm(
        DateInput doneOn,

        @NotBlank(message = "Enter what is being done")
        @Size(max = 5000, message = "The mitigation must be 5,000 characters or fewer")
        String text,

        Long version) {

    MitigationForm {
        doneOn = doneOn == null ? DateInput.blank() : doneOn;
    }

    static MitigationForm of(long version, LocalDate today) {
        return new MitigationForm(DateInput.of(today), "", version);
    }

    MitigationFields fields(Errors errors) {
        LocalDate on = DateInput.required(doneOn, errors, "doneOn", "date of the mitigation");
        return errors.hasErrors() ? null : new MitigationFields(on, text.strip());
    }
}
