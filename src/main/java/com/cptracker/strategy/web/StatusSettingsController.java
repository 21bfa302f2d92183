package com.cptracker.strategy.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.status.RollUpRule;
import com.cptracker.strategy.StrategyRecords.StatusSettings;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator chooses how a strategy's statuses roll up and the margin for benchmark comparison. */
@Controller
class StatusSettingsController {

    private final StrategyService strategies;

    StatusSettingsController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping("/strategies/{slug}/status-settings")
    String show(@PathVariable String slug, Model model) {
        StatusSettings s = strategies.statusSettings(slug);
        return page(strategies.bySlug(slug), StatusSettingsForm.of(s.rollUpRule(), s.benchmarkMarginPercent(),
                s.version()), false, model);
    }

    @PostMapping("/strategies/{slug}/status-settings")
    String save(@PathVariable String slug, @Valid @ModelAttribute("form") StatusSettingsForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        var margin = form.margin(errors);
        if (!errors.hasErrors()) {
            try {
                strategies.changeStatusSettings(slug, form.rule(), margin, form.expectedVersion());
                redirect.addFlashAttribute("saved", "Status settings saved");
                return "redirect:/strategies/" + slug;
            } catch (ConcurrentChangeException e) {
                errors.reject("concurrent", ConcurrentChangeException.MESSAGE);
            }
        }
        return page(strategy, form, true, model);
    }

    private static String page(StrategySummary strategy, StatusSettingsForm form, boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("rules", RollUpRule.values());
        model.addAttribute("hasErrors", failed);
        return "strategy/status-settings";
    }
}
