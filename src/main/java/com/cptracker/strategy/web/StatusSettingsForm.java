package com.cptracker.strategy.web;

import com.cptracker.status.RollUpRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * An administrator's choice of roll-up rule and benchmark margin. Fields are kept as typed, so that whatever is
 * entered is shown back beside its error; they are read as numbers and choices only once valid.
 */
record StatusSettingsForm(
        @NotBlank(message = "Choose how statuses roll up")
        @Pattern(regexp = "WORST_OF|MAJORITY|PROPORTION_GREEN", message = "Choose how statuses roll up")
        String rollUpRule,
        @NotBlank(message = "Enter the margin, from 0 to 50")
        @Pattern(regexp = "\\s*(50(\\.0{1,2})?|[1-4]?\\d(\\.\\d{1,2})?)\\s*%?\\s*",
                message = "Enter the margin as a number from 0 to 50, like 5 or 2.5")
        String benchmarkMarginPercent,
        @NotBlank(message = "The page was out of date. Reload it and try again")
        @Pattern(regexp = "\\d{1,18}", message = "The page was out of date. Reload it and try again")
        String version) {

    static StatusSettingsForm of(RollUpRule rule, BigDecimal margin, long version) {
        return new StatusSettingsForm(rule.name(), margin.stripTrailingZeros().toPlainString(),
                String.valueOf(version));
    }

    RollUpRule rule() {
        return RollUpRule.valueOf(rollUpRule);
    }

    BigDecimal margin() {
        return new BigDecimal(benchmarkMarginPercent.replace("%", "").trim());
    }

    long expectedVersion() {
        return Long.parseLong(version);
    }
}
