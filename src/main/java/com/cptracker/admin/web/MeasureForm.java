package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * A measure as an administrator enters it: every column of the scorecard except its figures by year, with the baseline
 * as the document states it and, optionally, its own margin for "similar" to a benchmark. The baseline and the margin
 * stay as typed, read by the one figure reader in the measure's unit. A qualitative measure is never asked which way
 * is better: left blank, it is rated by its owner.
 */
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
        Polarity polarity,

        @NotNull(message = "Choose how often it is reported")
        Frequency frequency,

        @Size(max = 300, message = "The owner must be 300 characters or fewer")
        String ownerTitle,

        Long ownerUserId,

        @Size(max = 300, message = "The C&YP Plan priority must be 300 characters or fewer")
        String cypPlanPriority,

        @Size(max = 300, message = "The corporate priority must be 300 characters or fewer")
        String corporatePriority,

        String baselineValue,

        @Size(max = 100, message = "When the baseline was must be 100 characters or fewer")
        String baselineWhen,

        String benchmarkMargin,
        MarginUnit benchmarkMarginUnit,
        Long version) {

    /** The baseline and the margin as read, or null where there is none or it could not be read. */
    record Read(BigDecimal baseline, SimilarMargin margin) {}

    static MeasureForm empty(Long priorityId) {
        return new MeasureForm(
                priorityId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
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
                f.polarity() == Polarity.OWNER_RATED ? null : f.polarity(),
                f.frequency(),
                f.ownerTitle(),
                f.ownerUserId(),
                f.cypPlanPriority(),
                f.corporatePriority(),
                f.baselineValue() == null
                        ? null
                        : f.baselineValue().stripTrailingZeros().toPlainString(),
                f.baselineWhen(),
                f.benchmarkMargin() == null
                        ? null
                        : f.benchmarkMargin().amount().stripTrailingZeros().toPlainString(),
                f.benchmarkMargin() == null ? null : f.benchmarkMargin().unit(),
                e.version());
    }

    /**
     * The form's own checks, every problem beside its field: which way is better (not asked of a qualitative
     * measure), the baseline in the measure's unit (none for a qualitative measure, and a figure for any "when"), and
     * the margin with its unit, both or neither.
     */
    Read read(Errors errors) {
        boolean qualitative = unit == MeasureUnit.QUALITATIVE;
        if (polarity == null && unit != null && !qualitative) {
            Forms.reject(errors, "polarity", "required", "Choose which way is better");
        }
        BigDecimal baseline = null;
        if (qualitative && !blank(baselineValue)) {
            Forms.reject(
                    errors,
                    "baselineValue",
                    "qualitative",
                    "A qualitative measure has no figure: leave the baseline blank, or choose a unit");
        } else if (unit != null) {
            baseline = Forms.figure(unit.figure("the baseline", "12 or 12.5"), baselineValue, errors, "baselineValue");
        }
        if (blank(baselineValue) && !blank(baselineWhen)) {
            Forms.reject(errors, "baselineValue", "required", "Enter the baseline, or leave when it was blank");
        }
        return new Read(baseline, margin(errors));
    }

    private SimilarMargin margin(Errors errors) {
        if (benchmarkMarginUnit == null) {
            if (!blank(benchmarkMargin)) {
                Forms.reject(
                        errors,
                        "benchmarkMarginUnit",
                        "required",
                        "Choose what the margin is measured in, or leave the margin blank for the strategy’s");
            }
            return null;
        }
        if (blank(benchmarkMargin)) {
            Forms.reject(errors, "benchmarkMargin", "required", "Enter the margin, or choose the strategy’s margin");
            return null;
        }
        BigDecimal amount =
                Forms.figure(MeasureUnit.margin(benchmarkMarginUnit, unit), benchmarkMargin, errors, "benchmarkMargin");
        return amount == null ? null : new SimilarMargin(amount, benchmarkMarginUnit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    MeasureFields fields(Read read) {
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
                Forms.text(corporatePriority),
                read.baseline(),
                read.baseline() == null ? null : Forms.text(baselineWhen),
                unit == MeasureUnit.QUALITATIVE ? null : read.margin());
    }
}
