package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.LevelEdit;
import com.cptracker.assessment.AssessmentEdits.LevelFields;
import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.common.web.Forms;
import com.cptracker.status.Status;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** One step of the council's rating scale: its words, what it means, and the colour its tag carries (or none). */
record LevelForm(
        @NotBlank(message = "Enter the rating's words, like Good or Partly met")
        @Size(max = 200, message = "The words must be 200 characters or fewer")
        String words,

        @Size(max = 2000, message = "The description must be 2,000 characters or fewer")
        String description,

        Status colour,
        Long version) {

    static LevelForm empty() {
        return new LevelForm("", "", null, null);
    }

    static LevelForm of(LevelEdit e) {
        LevelFields f = e.fields();
        return new LevelForm(f.words(), f.description(), f.colour(), e.version());
    }

    /** The colour is one of those offered, or none; anything else is refused beside it. */
    LevelFields fields(Errors errors) {
        if (colour != null && !FrameworkAdminService.COLOURS.contains(colour)) {
            Forms.reject(errors, "colour", "offered", "Choose a colour from the list");
        }
        return errors.hasErrors() ? null : new LevelFields(words.strip(), Forms.text(description), colour);
    }
}
