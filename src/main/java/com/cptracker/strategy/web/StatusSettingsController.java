package com.cptracker.strategy.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator chooses how a strategy's statuses roll up, the margin for benchmark comparison and the mark it
 * writes for a small number withheld.
 */
@Controller
@RequestMapping("/strategies/{slug}/status-settings")
class StatusSettingsController {

    private final StrategyService strategies;

    StatusSettingsController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        model.addAttribute("form", StatusSettingsForm.of(strategies.statusSettings(strategy.id())));
        return page(false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") StatusSettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SimilarMargin margin = form.margin(errors);
        String mark = form.mark(errors);
        return Forms.attempt(
                        errors,
                        () -> strategies.changeStatusSettings(
                                strategy.id(), form.rollUpRule(), margin, mark, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Status settings saved", "redirect:/strategies/{slug}"))
                .orElseGet(() -> page(true, model));
    }

    private static String page(boolean failed, Model model) {
        model.addAttribute(
                "rules",
                Arrays.stream(RollUpRule.values())
                        .map(r -> new Option(r.name(), r.label(), r.description()))
                        .toList());
        model.addAttribute("marginUnits", Option.of(MarginUnit.values(), MarginUnit::label));
        model.addAttribute("hasErrors", failed);
        return "strategy/status-settings";
    }
}
