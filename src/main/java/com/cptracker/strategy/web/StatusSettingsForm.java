package com.cptracker.strategy.web;

import com.cptracker.status.RollUpRule;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** An administrator's choice of roll-up rule and benchmark margin. */
record StatusSettingsForm(
        @NotNull(message = "Choose how statuses roll up")
        RollUpRule rollUpRule,
        @NotNull(message = "Enter the margin, from 0 to 50")
        @DecimalMin(value = "0", message = "The margin must be 0 or more")
        @DecimalMax(value = "50", message = "The margin must be 50 or less")
        @Digits(integer = 2, fraction = 2, message = "Enter the margin with no more than 2 decimal places")
        BigDecimal benchmarkMarginPercent,
        @NotNull(message = "The page was out of date. Reload it and try again")
        Long version) {
}
