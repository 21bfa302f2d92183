package com.cptracker.admin.web;

import com.cptracker.admin.web.TargetReading.TargetBoxes;
import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.TargetEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Target;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** A measure's target for one reporting year: one figure or a range, the amber threshold, and the reason. */
record TargetForm(
        @ReportingYear String year,

        String target,
        String targetLow,
        String targetHigh,

        String amberThreshold,

        @NotBlank(message = "Enter the reason for this target")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,

        Long version) {

    static TargetForm empty(String year) {
        return new TargetForm(year, null, null, null, "0", null, null);
    }

    /** An existing target to change: figures as set, the reason left for the person to give afresh. */
    static TargetForm of(TargetEdit e) {
        TargetFields f = e.fields();
        return new TargetForm(
                f.year(),
                figure(f.target()),
                figure(f.targetLow()),
                figure(f.targetHigh()),
                figure(f.amberThreshold()),
                null,
                e.version());
    }

    /** The year whose figures are being changed; null for a year being set for the first time. */
    String changing() {
        return version == null ? null : year;
    }

    /**
     * Reads the figures in the measure's unit, and checks the year and that there is one figure or a whole range;
     * returns what to save, or null with errors.
     */
    TargetFields fields(Errors errors, MeasureUnit unit) {
        checkYear(errors, year);
        Target read = TargetReading.target(
                errors, "", "", unit, new TargetBoxes(target, targetLow, targetHigh, amberThreshold));
        if (errors.hasErrors()) {
            return null;
        }
        return new TargetFields(
                year.strip(), read.target(), read.low(), read.high(), read.amberThreshold(), reason.strip());
    }

    /** A figure as it was set, to change: "" for none. */
    private static String figure(BigDecimal n) {
        return n == null ? "" : Target.plain(n);
    }

    /** A reporting year runs into the next: 2018-19, never 2018-20. */
    static void checkYear(Errors errors, String year) {
        if (errors.hasFieldErrors("year") || year == null || year.isBlank()) {
            return;
        }
        if (!TargetReading.isYear(year)) {
            Forms.reject(errors, "year", "year", "A reporting year runs into the next, like 2024-25");
        }
    }
}
