package com.cptracker.admin.web;

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

        @NotBlank(message = "Enter the amber threshold: 0 means any miss is red")
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
        BigDecimal one = Forms.figure(unit.figure("the target", "95 or 2.5"), target, errors, "target");
        BigDecimal low = Forms.figure(unit.figure("the low end", "20"), targetLow, errors, "targetLow");
        BigDecimal high = Forms.figure(unit.figure("the high end", "30"), targetHigh, errors, "targetHigh");
        BigDecimal amber =
                Forms.figure(unit.figure("the amber threshold", "5 or 0"), amberThreshold, errors, "amberThreshold");
        if (!errors.hasFieldErrors("target")
                && !errors.hasFieldErrors("targetLow")
                && !errors.hasFieldErrors("targetHigh")) {
            if (one != null && (low != null || high != null)) {
                Forms.reject(errors, "target", "both", "Enter either one target or a range from low to high, not both");
            } else if (one == null && low == null && high == null) {
                Forms.reject(errors, "target", "none", "Enter a target, or a range from low to high");
            } else if (one == null && low == null) {
                Forms.reject(errors, "targetLow", "low", "Enter the low end of the range");
            } else if (one == null && high == null) {
                Forms.reject(errors, "targetHigh", "high", "Enter the high end of the range");
            } else if (one == null && low.compareTo(high) > 0) {
                Forms.reject(errors, "targetLow", "order", "The low end must not be above the high end");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new TargetFields(year.strip(), one, low, high, amber, reason.strip());
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
        String y = year.strip();
        int start = Integer.parseInt(y.substring(0, 4));
        int end = Integer.parseInt(y.substring(5, 7));
        if ((start + 1) % 100 != end) {
            Forms.reject(errors, "year", "year", "A reporting year runs into the next, like 2024-25");
        }
    }
}
