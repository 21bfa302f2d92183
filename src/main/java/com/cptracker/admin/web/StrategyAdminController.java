package com.cptracker.admin.web;

import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration index, the list of strategies, and creating, editing and archiving a strategy. */
@Controller
class StrategyAdminController {

    private final StrategyAdminService admin;
    private final StrategyService strategies;
    private final PriorityAdminService priorities;

    StrategyAdminController(StrategyAdminService admin, StrategyService strategies, PriorityAdminService priorities) {
        this.admin = admin;
        this.strategies = strategies;
        this.priorities = priorities;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("strategies", strategies.strategies());
        return "admin/index";
    }

    @GetMapping("/admin/strategies")
    String list(Model model) {
        model.addAttribute("strategies", strategies.strategies());
        return "admin/strategies";
    }

    /** A strategy's administration: its details and its priorities, in order. */
    @GetMapping("/admin/strategies/{slug}")
    String show(@PathVariable String slug, Model model) {
        StrategyEdit strategy = admin.strategy(slug);
        model.addAttribute("strategy", strategy);
        model.addAttribute("priorities", priorities.rows(strategy.id()));
        return "admin/strategy";
    }

    @GetMapping("/admin/strategies/new")
    String create(Model model) {
        return form(null, StrategyForm.empty(), false, model);
    }

    @PostMapping("/admin/strategies/new")
    String create(@Valid @ModelAttribute("form") StrategyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.create(fields)).map(slug -> {
            redirect.addFlashAttribute("saved", "Strategy created");
            return "redirect:/admin/strategies/" + slug;
        }).orElseGet(() -> form(null, form, true, model));
    }

    @GetMapping("/admin/strategies/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        StrategyEdit strategy = admin.strategy(slug);
        return form(strategy, StrategyForm.of(strategy), false, model);
    }

    @PostMapping("/admin/strategies/{slug}/edit")
    String edit(@PathVariable String slug, @Valid @ModelAttribute("form") StrategyForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        StrategyEdit strategy = admin.strategy(slug);
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.update(slug, fields, form.expectedVersion())).map(newSlug -> {
            redirect.addFlashAttribute("saved", "Strategy saved");
            return "redirect:/admin/strategies/" + newSlug;
        }).orElseGet(() -> form(strategy, form, true, model));
    }

    @PostMapping("/admin/strategies/{slug}/archive")
    String archive(@PathVariable String slug, @RequestParam(required = false) String version,
                   RedirectAttributes redirect) {
        if (version == null || !version.matches("\\d{1,18}")) {
            redirect.addFlashAttribute("problem", Forms.STALE_PAGE);
            return "redirect:/admin/strategies/" + slug;
        }
        try {
            admin.archive(slug, Long.parseLong(version));
            redirect.addFlashAttribute("saved", "Strategy archived: it stays readable, for history");
        } catch (com.cptracker.common.ConcurrentChangeException
                 | org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", com.cptracker.common.ConcurrentChangeException.MESSAGE);
        }
        return "redirect:/admin/strategies/" + slug;
    }

    private static String form(StrategyEdit strategy, StrategyForm form, boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("statuses", StrategyStatus.values());
        model.addAttribute("hasErrors", failed);
        return "admin/strategy-form";
    }
}
