package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.CriterionEdit;
import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One criterion of a framework: its ref and title as written, what it means, and who leads and rates it. */
record CriterionForm(
        @Size(max = 40, message = "The ref must be 40 characters or fewer")
        String ref,

        @NotBlank(message = "Enter the criterion, as the framework words it")
        @Size(max = 500, message = "The criterion must be 500 characters or fewer")
        String title,

        @Size(max = 20000, message = "The description must be 20,000 characters or fewer")
        String description,

        @Size(max = 300, message = "The lead must be 300 characters or fewer")
        String leadTitle,

        Long leadUserId,
        Long version) {

    static CriterionForm empty() {
        return new CriterionForm("", "", "", "", null, null);
    }

    static CriterionForm of(CriterionEdit e) {
        CriterionFields f = e.fields();
        return new CriterionForm(f.ref(), f.title(), f.description(), f.leadTitle(), f.leadUserId(), e.version());
    }

    CriterionFields fields() {
        return new CriterionFields(
                Forms.text(ref), title.strip(), Forms.text(description), Forms.text(leadTitle), leadUserId);
    }
}
