package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.FrameworkEdit;
import com.cptracker.assessment.AssessmentEdits.FrameworkFields;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A self-assessment framework's name, source and description, as the document writes them. */
record FrameworkForm(
        @NotBlank(message = "Enter the framework's name")
        @Size(max = 300, message = "The name must be 300 characters or fewer")
        String name,

        @Size(max = 2000, message = "The source must be 2,000 characters or fewer")
        String source,

        @Size(max = 20000, message = "The description must be 20,000 characters or fewer")
        String description,

        Long version) {

    static FrameworkForm empty() {
        return new FrameworkForm("", "", "", null);
    }

    static FrameworkForm of(FrameworkEdit e) {
        FrameworkFields f = e.fields();
        return new FrameworkForm(f.name(), f.source(), f.description(), e.version());
    }

    FrameworkFields fields() {
        return new FrameworkFields(name.strip(), Forms.text(source), Forms.text(description));
    }
}
