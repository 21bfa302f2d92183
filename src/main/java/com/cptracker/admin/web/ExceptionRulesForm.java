package com.cptracker.admin.web;

import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import com.cptracker.strategy.StrategyRecords.ExceptionRuleSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/** Which exception rules a strategy uses, and the numbers two of them take. */
record ExceptionRulesForm(
        List<ExceptionRule> rules,

        @NotNull(message = "Enter how many quarters running, from 2 to 8")
        @Min(value = ExceptionRules.MIN_QUARTERS, message = "Enter how many quarters running, from 2 to 8")
        @Max(value = ExceptionRules.MAX_QUARTERS, message = "Enter how many quarters running, from 2 to 8")
        Integer missedTargetQuarters,

        @NotNull(message = "Enter how many moves of a due date are allowed, from 1 to 5")
        @Min(value = ExceptionRules.MIN_MOVES, message = "Enter how many moves of a due date are allowed, from 1 to 5")
        @Max(value = ExceptionRules.MAX_MOVES, message = "Enter how many moves of a due date are allowed, from 1 to 5")
        Integer dueDateMoves,

        Long version) {

    static ExceptionRulesForm of(ExceptionRuleSettings s) {
        return new ExceptionRulesForm(
                List.copyOf(s.rules().on()),
                s.rules().missedTargetQuarters(),
                s.rules().dueDateMoves(),
                s.version());
    }

    /** The rules as chosen; call only when the form has no errors. None ticked is a choice: no exceptions. */
    ExceptionRules toRules() {
        return new ExceptionRules(rules == null ? Set.of() : Set.copyOf(rules), missedTargetQuarters, dueDateMoves);
    }
}
