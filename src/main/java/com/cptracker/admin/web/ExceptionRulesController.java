package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.status.ExceptionRules;
import com.cptracker.strategy.StrategyRecords.ExceptionRuleSettings;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator chooses the rules that pick a strategy's exceptions. A change applies to quarters not yet
 * published; a published quarter keeps the rules it was published with.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/exception-rules")
class ExceptionRulesController {

    private final StrategyService strategies;

    ExceptionRulesController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        ExceptionRuleSettings settings = strategies.exceptionRules(strategy.id());
        model.addAttribute("form", ExceptionRulesForm.of(settings));
        return page(settings.rules(), false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") ExceptionRulesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(
                        errors,
                        () -> strategies.changeExceptionRules(
                                strategy.id(), form.toRules(), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Exception rules saved", "redirect:/admin/strategies/{slug}"))
                .orElseGet(() -> page(strategies.exceptionRules(strategy.id()).rules(), true, model));
    }

    /** The page, each rule offered with its sentence as the strategy's numbers now make it. */
    private static String page(ExceptionRules saved, boolean failed, Model model) {
        model.addAttribute("hasErrors", failed);
        model.addAttribute(
                "rules",
                saved.stated().stream()
                        .map(r -> new Option(r.rule().name(), r.rule().genericLabel(), r.description()))
                        .toList());
        return "admin/exception-rules";
    }
}
