package com.cptracker.admin.web;

import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/** One promise to children and young people, and the actions and measures that show it is kept. */
record PromiseForm(
        @NotBlank(message = "Enter the promise, as children would read it")
        @Size(max = 2000, message = "The promise must be 2,000 characters or fewer")
        String text,
        List<String> actionIds,
        List<String> measureIds,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static PromiseForm empty() {
        return new PromiseForm("", List.of(), List.of(), "");
    }

    static PromiseForm of(PromiseEdit e) {
        return new PromiseForm(e.fields().text(), e.fields().actionIds().stream().map(String::valueOf).toList(),
                e.fields().measureIds().stream().map(String::valueOf).toList(), String.valueOf(e.version()));
    }

    /** Links only to the strategy's own actions and measures; anything else is refused beside its list. */
    PromiseFields fields(Errors errors, Set<Long> strategyActions, Set<Long> strategyMeasures) {
        Set<Long> actions = Forms.idSet(actionIds);
        Set<Long> measures = Forms.idSet(measureIds);
        if (!strategyActions.containsAll(actions)) {
            errors.rejectValue("actionIds", "strategy", "Choose actions of this strategy");
        }
        if (!strategyMeasures.containsAll(measures)) {
            errors.rejectValue("measureIds", "strategy", "Choose measures of this strategy");
        }
        return errors.hasErrors() ? null : new PromiseFields(text.strip(), actions, measures);
    }

    public boolean hasAction(long id) {
        return actionIds != null && actionIds.contains(String.valueOf(id));
    }

    public boolean hasMeasure(long id) {
        return measureIds != null && measureIds.contains(String.valueOf(id));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
