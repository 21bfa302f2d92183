package com.cptracker.strategy.web;

import com.cptracker.common.Figures.Figure;
import com.cptracker.status.RollUpRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * An administrator's choice of roll-up rule and benchmark margin. Fields are kept as typed, so that whatever is
 * entered is shown back beside its error; they are read as numbers and choices only once valid.
 */
record StatusSettingsForm(
        @NotBlank(message = "Choose how statuses roll up")
        @Pattern(regexp = "WORST_OF|MAJORITY|PROPORTION_GREEN", message = "Choose how statuses roll up")
        String rollUpRule,
        @NotBlank(message = "Enter the margin, from 0 to 50")
        String benchmarkMarginPercent,
        @NotBlank(message = "The page was out of date. Reload it and try again")
        @Pattern(regexp = "\\d{1,18}", message = "The page was out of date. Reload it and try again")
        String version) {

    private static final Figure MARGIN = new Figure("the margin",
            "Enter the margin as a number from 0 to 50, like 5 or 2.5", true, BigDecimal.valueOf(50), 2);

    static StatusSettingsForm of(RollUpRule rule, BigDecimal margin, long version) {
        return new StatusSettingsForm(rule.name(), margin.stripTrailingZeros().toPlainString(),
                String.valueOf(version));
    }

    RollUpRule rule() {
        return RollUpRule.valueOf(rollUpRule);
    }

    /** The margin, a percentage from 0 to 50 with at most 2 decimals; null with the error beside it otherwise. */
    BigDecimal margin(Errors errors) {
        return MARGIN.read(benchmarkMarginPercent, errors, "benchmarkMarginPercent");
    }

    long expectedVersion() {
        return Long.parseLong(version);
    }
}
