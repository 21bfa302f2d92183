package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A measure as an administrator enters it: every column of the scorecard except its figures. */
record MeasureForm(
        Long priorityId,
        Long statementId,

        @NotBlank(message = "Enter the ref, like P2.11")
        @Pattern(
                regexp = Refs.PATTERN,
                message = "Enter a ref of up to 20 letters, numbers, dots and hyphens, like P2.11")
        String ref,

        @NotBlank(message = "Enter the title")
        @Size(max = 2000, message = "The title must be 2,000 characters or fewer")
        String title,

        @Size(max = 20000, message = "The definition must be 20,000 characters or fewer")
        String definition,

        @NotNull(message = "Choose the unit") MeasureUnit unit,
        @NotNull(message = "Choose which way is better") Polarity polarity,

        @NotNull(message = "Choose how often it is reported")
        Frequency frequency,

        @Size(max = 300, message = "The owner must be 300 characters or fewer")
        String ownerTitle,

        Long ownerUserId,

        @Size(max = 300, message = "The C&YP Plan priority must be 300 characters or fewer")
        String cypPlanPriority,

        @Size(max = 300, message = "The corporate priority must be 300 characters or fewer")
        String corporatePriority,

        Long version) {

    static MeasureForm empty(Long priorityId) {
        return new MeasureForm(priorityId, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static MeasureForm of(MeasureEdit e) {
        MeasureFields f = e.fields();
        return new MeasureForm(
                f.priorityId(),
                f.statementId(),
                f.ref(),
                f.title(),
                f.definition(),
                f.unit(),
                f.polarity(),
                f.frequency(),
                f.ownerTitle(),
                f.ownerUserId(),
                f.cypPlanPriority(),
                f.corporatePriority(),
                e.version());
    }

    MeasureFields fields() {
        return new MeasureFields(
                priorityId,
                statementId,
                ref.strip(),
                title.strip(),
                Forms.text(definition),
                unit,
                polarity,
                frequency,
                Forms.text(ownerTitle),
                ownerUserId,
                Forms.text(cypPlanPriority),
                Forms.text(corporatePriority));
    }
}
