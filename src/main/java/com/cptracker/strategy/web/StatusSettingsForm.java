package com.cptracker.strategy.web;

import com.cptracker.common.Figures.Figure;
import com.cptracker.common.web.Forms;
import com.cptracker.status.RollUpRule;
import com.cptracker.strategy.StrategyRecords.StatusSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * An administrator's choice of roll-up rule and benchmark margin. The margin stays as typed, so that whatever is
 * entered is shown back beside its error, and is read by the one strict figure reader.
 */
record StatusSettingsForm(
        @NotNull(message = "Choose how statuses roll up") RollUpRule rollUpRule,

        @NotBlank(message = "Enter the margin, from 0 to 50")
        String benchmarkMarginPercent,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    private static final Figure MARGIN = new Figure(
            "the margin", "Enter the margin as a number from 0 to 50, like 5 or 2.5", true, BigDecimal.valueOf(50), 2);

    static StatusSettingsForm of(StatusSettings s) {
        return new StatusSettingsForm(
                s.rollUpRule(), s.benchmarkMarginPercent().stripTrailingZeros().toPlainString(), s.version());
    }

    /**
     * The margin, a percentage from 0 to 50 with at most 2 decimals; null with the error beside it otherwise, even when
     * the rule posted was not one of the list.
     */
    BigDecimal margin(Errors errors) {
        return Forms.figure(MARGIN, benchmarkMarginPercent, errors, "benchmarkMarginPercent");
    }
}
