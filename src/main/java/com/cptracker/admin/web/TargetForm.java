package com.cptracker.admin.web;

import com.cptracker.measures.MeasureEdits.TargetEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** A measure's target for one reporting year: one figure or a range, the amber threshold, and the reason. */
record TargetForm(
        @NotBlank(message = "Enter the reporting year, like 2024-25")
        @Pattern(regexp = "\\s*|\\s*\\d{4}-\\d{2}\\s*", message = "Enter the reporting year like 2024-25")
        String year,
        @Pattern(regexp = Forms.NUMBER, message = "Enter the target as a number, like 95 or 2.5") String target,
        @Pattern(regexp = Forms.NUMBER, message = "Enter the low end as a number, like 20") String targetLow,
        @Pattern(regexp = Forms.NUMBER, message = "Enter the high end as a number, like 30") String targetHigh,
        @NotBlank(message = "Enter the amber threshold: 0 means any miss is red")
        @Pattern(regexp = Forms.NUMBER, message = "Enter the amber threshold as a number, like 5 or 0")
        String amberThreshold,
        @NotBlank(message = "Enter the reason for this target")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static TargetForm empty(String year) {
        return new TargetForm(year == null ? "" : year, "", "", "", "0", "", "");
    }

    /** An existing target to change: figures as set, the reason left for the person to give afresh. */
    static TargetForm of(TargetEdit e) {
        TargetFields f = e.fields();
        return new TargetForm(f.year(), Forms.plain(f.target()), Forms.plain(f.targetLow()),
                Forms.plain(f.targetHigh()), Forms.plain(f.amberThreshold()), "", String.valueOf(e.version()));
    }

    public boolean isNew() {
        return version == null || version.isBlank();
    }

    /** Checks the year and that there is one figure or a whole range; returns what to save, or null with errors. */
    TargetFields fields(Errors errors) {
        checkYear(errors, year);
        BigDecimal one = errors.hasFieldErrors("target") ? null : Forms.number(target);
        BigDecimal low = errors.hasFieldErrors("targetLow") ? null : Forms.number(targetLow);
        BigDecimal high = errors.hasFieldErrors("targetHigh") ? null : Forms.number(targetHigh);
        BigDecimal amber = errors.hasFieldErrors("amberThreshold") ? null : Forms.number(amberThreshold);
        if (!errors.hasFieldErrors("target") && !errors.hasFieldErrors("targetLow")
                && !errors.hasFieldErrors("targetHigh")) {
            if (one != null && (low != null || high != null)) {
                errors.rejectValue("target", "both", "Enter either one target or a range from low to high, not both");
            } else if (one == null && low == null && high == null) {
                errors.rejectValue("target", "none", "Enter a target, or a range from low to high");
            } else if (one == null && low == null) {
                errors.rejectValue("targetLow", "low", "Enter the low end of the range");
            } else if (one == null && high == null) {
                errors.rejectValue("targetHigh", "high", "Enter the high end of the range");
            } else if (one == null && low.compareTo(high) > 0) {
                errors.rejectValue("targetLow", "order", "The low end must not be above the high end");
            }
        }
        if (amber != null && amber.signum() < 0) {
            errors.rejectValue("amberThreshold", "negative", "The amber threshold must be 0 or more");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new TargetFields(year.strip(), one, low, high, amber, reason.strip());
    }

    Long expectedVersion() {
        return Forms.versionOrNull(version);
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
            errors.rejectValue("year", "year", "A reporting year runs into the next, like 2024-25");
        }
    }
}
