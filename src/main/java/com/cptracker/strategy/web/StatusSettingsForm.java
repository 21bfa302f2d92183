package com.cptracker.strategy.web;

import com.cptracker.common.Figures.Figure;
import com.cptracker.common.web.Forms;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Mark;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyRecords.StatusSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * An administrator's choice of roll-up rule, benchmark margin (an amount, in the measure's own units or as a percentage
 * of the benchmark) and small-number mark. The margin stays as typed, so
 * that whatever is entered is shown back beside its error, and is read by the one strict figure reader; the mark is
 * checked by {@link Mark#problemWithSmallNumberMark}, the rule the service applies too.
 */
record StatusSettingsForm(
        @NotNull(message = "Choose how statuses roll up") RollUpRule rollUpRule,

        @NotBlank(message = "Enter the margin, from 0 to 50")
        String benchmarkMarginPercent,

        @NotNull(message = "Choose whether the margin is in the measure’s own units or a percentage of the benchmark")
        MarginUnit benchmarkMarginUnit,

        String smallNumberMark,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    private static final Figure MARGIN = new Figure(
            "the margin", "Enter the margin as a number from 0 to 50, like 5 or 2.5", true, BigDecimal.valueOf(50), 2);

    static StatusSettingsForm of(StatusSettings s) {
        return new StatusSettingsForm(
                s.rollUpRule(),
                s.benchmarkMarginPercent().stripTrailingZeros().toPlainString(),
                s.benchmarkMarginUnit(),
                s.smallNumberMark(),
                s.version());
    }

    /**
     * The margin, an amount from 0 to 50 with at most 2 decimals in the unit chosen; null with the error beside it
     * otherwise, even when the rule posted was not one of the list.
     */
    SimilarMargin margin(Errors errors) {
        BigDecimal amount = Forms.figure(MARGIN, benchmarkMarginPercent, errors, "benchmarkMarginPercent");
        return amount == null || benchmarkMarginUnit == null ? null : new SimilarMargin(amount, benchmarkMarginUnit);
    }

    /** The small-number mark as typed, trimmed; null with the problem beside it when it will not do. */
    String mark(Errors errors) {
        String problem = Mark.problemWithSmallNumberMark(smallNumberMark);
        if (problem != null) {
            Forms.reject(errors, "smallNumberMark", "invalid", problem);
            return null;
        }
        return smallNumberMark.strip();
    }
}
