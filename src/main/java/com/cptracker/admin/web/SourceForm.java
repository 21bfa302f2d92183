package com.cptracker.admin.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.recommendations.Recommendations;
import com.cptracker.recommendations.Recommendations.SourceEdit;
import com.cptracker.recommendations.Recommendations.SourceFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * A report whose recommendations the strategy answers, as an administrator enters it: its title as written, its kind
 * and the body that made it in the council's words, the day it was issued, and a link if it is published.
 */
record SourceForm(
        @NotBlank(message = "Enter the title, as the report gives it")
        @Size(max = 500, message = "The title must be 500 characters or fewer")
        String title,

        @NotBlank(message = "Enter what kind of report it is, like Scrutiny review or Inspection")
        @Size(max = 100, message = "The kind must be 100 characters or fewer")
        String kind,

        DateInput issuedOn,

        @NotBlank(message = "Enter who made the recommendations, like Children and Families Scrutiny Committee")
        @Size(max = 300, message = "Who made them must be 300 characters or fewer")
        String madeBy,

        @Size(max = 2000, message = "The link must be 2,000 characters or fewer")
        @Pattern(
                regexp = "\\s*|" + Recommendations.LINK,
                message = "Enter a link starting with https://, or leave it blank")
        String link,

        Long version) {

    SourceForm {
        issuedOn = issuedOn == null ? DateInput.blank() : issuedOn;
    }

    static SourceForm empty() {
        return new SourceForm("", "", DateInput.blank(), "", "", null);
    }

    static SourceForm of(SourceEdit e) {
        SourceFields f = e.fields();
        return new SourceForm(f.title(), f.kind(), DateInput.of(f.issuedOn()), f.madeBy(), f.link(), e.version());
    }

    /** Reads the date (its own message beside it when it cannot) and returns what to save, or null with errors. */
    SourceFields fields(Errors errors) {
        LocalDate issued = DateInput.required(issuedOn, errors, "issuedOn", "date it was issued");
        if (errors.hasErrors()) {
            return null;
        }
        return new SourceFields(title.strip(), kind.strip(), issued, madeBy.strip(), Forms.text(link));
    }
}
