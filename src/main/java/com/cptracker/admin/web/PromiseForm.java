package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/** One promise to children and young people, and the actions and measures that show it is kept. */
record PromiseForm(
        @NotBlank(message = "Enter the promise, as children would read it")
        @Size(max = 2000, message = "The promise must be 2,000 characters or fewer")
        String text,

        List<Long> actionIds,
        List<Long> measureIds,
        Long version) {

    PromiseForm {
        actionIds = actionIds == null ? List.of() : actionIds;
        measureIds = measureIds == null ? List.of() : measureIds;
    }

    static PromiseForm empty() {
        return new PromiseForm("", List.of(), List.of(), null);
    }

    static PromiseForm of(PromiseEdit e) {
        return new PromiseForm(
                e.fields().text(),
                List.copyOf(e.fields().actionIds()),
                List.copyOf(e.fields().measureIds()),
                e.version());
    }

    /** Links only to the strategy's own actions and measures; anything else is refused beside its list. */
    PromiseFields fields(Errors errors, Set<Long> strategyActions, Set<Long> strategyMeasures) {
        Set<Long> actions =
                Forms.chosen(errors, "actionIds", actionIds, strategyActions, "Choose actions of this strategy");
        Set<Long> measures =
                Forms.chosen(errors, "measureIds", measureIds, strategyMeasures, "Choose measures of this strategy");
        return errors.hasErrors() ? null : new PromiseFields(text.strip(), actions, measures);
    }
}
