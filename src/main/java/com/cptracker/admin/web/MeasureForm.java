package com.cptracker.admin.web;

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
        @Pattern(regexp = "\\d{0,18}", message = "Choose a priority from the list, or none")
        String priorityId,
        @Pattern(regexp = "\\d{0,18}", message = "Choose a statement from the list, or none")
        String statementId,
        @NotBlank(message = "Enter the ref, like P2.11")
        @Pattern(regexp = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9.\\-/]{0,19}\\s*",
                message = "Enter a ref of up to 20 letters, numbers, dots and hyphens, like P2.11")
        String ref,
        @NotBlank(message = "Enter the title")
        @Size(max = 2000, message = "The title must be 2,000 characters or fewer")
        String title,
        @Size(max = 20000, message = "The definition must be 20,000 characters or fewer")
        String definition,
        @NotNull(message = "Choose the unit")
        @Pattern(regexp = "PERCENTAGE|NUMBER|DAYS|RATE_PER_10000|QUALITATIVE", message = "Choose the unit")
        String unit,
        @NotNull(message = "Choose which way is better")
        @Pattern(regexp = "HIGHER_IS_BETTER|LOWER_IS_BETTER|TARGET_RANGE|CONTEXT_ONLY",
                message = "Choose which way is better")
        String polarity,
        @NotNull(message = "Choose how often it is reported")
        @Pattern(regexp = "MONTHLY|QUARTERLY|TERMLY|HALF_TERMLY|ANNUAL|YEAR_TO_DATE",
                message = "Choose how often it is reported")
        String frequency,
        @Size(max = 300, message = "The owner must be 300 characters or fewer")
        String ownerTitle,
        @Pattern(regexp = "\\d{0,18}", message = "Choose an account from the list")
        String ownerUserId,
        @Size(max = 300, message = "The C&YP Plan priority must be 300 characters or fewer")
        String cypPlanPriority,
        @Size(max = 300, message = "The corporate priority must be 300 characters or fewer")
        String corporatePriority,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static MeasureForm empty(Long priorityId) {
        return new MeasureForm(Forms.value(priorityId), "", "", "", "", null, null, null, "", "", "", "", "");
    }

    static MeasureForm of(MeasureEdit e) {
        MeasureFields f = e.fields();
        return new MeasureForm(Forms.value(f.priorityId()), Forms.value(f.statementId()), f.ref(), f.title(),
                Forms.value(f.definition()), f.unit().name(), f.polarity().name(), f.frequency().name(),
                Forms.value(f.ownerTitle()), Forms.value(f.ownerUserId()), Forms.value(f.cypPlanPriority()),
                Forms.value(f.corporatePriority()), String.valueOf(e.version()));
    }

    MeasureFields fields() {
        return new MeasureFields(Forms.id(priorityId), Forms.id(statementId), ref.strip(), title.strip(),
                Forms.text(definition), MeasureUnit.valueOf(unit), Polarity.valueOf(polarity),
                Frequency.valueOf(frequency), Forms.text(ownerTitle), Forms.id(ownerUserId),
                Forms.text(cypPlanPriority), Forms.text(corporatePriority));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
