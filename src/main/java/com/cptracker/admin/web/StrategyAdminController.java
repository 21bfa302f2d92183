package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityRow;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration index, the list of strategies, and creating, editing and archiving a strategy. */
@Controller
class StrategyAdminController {

    private static final String STRATEGY = "redirect:/admin/strategies/{slug}";

    private final StrategyAdminService admin;
    private final StrategyService strategies;
    private final PriorityAdminService priorities;

    StrategyAdminController(StrategyAdminService admin, StrategyService strategies, PriorityAdminService priorities) {
        this.admin = admin;
        this.strategies = strategies;
        this.priorities = priorities;
    }

    /** Archiving a strategy: a button posted with the strategy's version as the page showed it. */
    record ArchiveStrategyForm(
            @NotNull(message = Forms.STALE_PAGE) Long version) {}

    /**
     * The strategy of the address, loaded once per request; none on the pages with no strategy in their address (the
     * index, the list, a new strategy), whose handlers do not ask for it.
     */
    @ModelAttribute("strategy")
    StrategyEdit strategy(@PathVariable(required = false) String slug) {
        return slug == null ? null : admin.strategy(strategies.bySlug(slug).id());
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

    /** A strategy's administration: its details, its priorities in order, then its themes in order. */
    @GetMapping("/admin/strategies/{slug}")
    String show(@ModelAttribute(name = "strategy", binding = false) StrategyEdit strategy, Model model) {
        Map<PriorityKind, List<PriorityRow>> rows =
                priorities.rows(strategy.id()).stream().collect(Collectors.groupingBy(PriorityRow::kind));
        model.addAttribute("priorities", rows.getOrDefault(PriorityKind.PRIORITY, List.of()));
        model.addAttribute("themes", rows.getOrDefault(PriorityKind.THEME, List.of()));
        model.addAttribute(
                "targetYears",
                TargetYearController.years(
                        strategy.fields().startsOn(), strategy.fields().endsOn()));
        return "admin/strategy";
    }

    @GetMapping("/admin/strategies/new")
    String create(Model model) {
        model.addAttribute("form", StrategyForm.empty());
        return form(false, model);
    }

    @PostMapping("/admin/strategies/new")
    String create(
            @Valid @ModelAttribute("form") StrategyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StrategyFields fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.create(fields))
                .map(id -> Forms.saved(redirect.addAttribute("slug", fields.slug()), "Strategy created", STRATEGY))
                .orElseGet(() -> form(true, model));
    }

    @GetMapping("/admin/strategies/{slug}/edit")
    String edit(@ModelAttribute(name = "strategy", binding = false) StrategyEdit strategy, Model model) {
        model.addAttribute("form", StrategyForm.of(strategy));
        return form(false, model);
    }

    /** Saves the strategy; a changed web address name takes the administrator to its new address. */
    @PostMapping("/admin/strategies/{slug}/edit")
    String edit(
            @ModelAttribute(name = "strategy", binding = false) StrategyEdit strategy,
            @Valid @ModelAttribute("form") StrategyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StrategyFields fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.update(strategy.id(), fields, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect.addAttribute("slug", fields.slug()), "Strategy saved", STRATEGY))
                .orElseGet(() -> form(true, model));
    }

    /** Archives the strategy: it stays readable, with everything under it, for history. */
    @PostMapping("/admin/strategies/{slug}/archive")
    String archive(
            @ModelAttribute(name = "strategy", binding = false) StrategyEdit strategy,
            @Valid ArchiveStrategyForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Forms.button(
                redirect,
                errors,
                null,
                () -> admin.archive(strategy.id(), form.version()),
                () -> "Strategy archived: it stays readable, for history");
        return STRATEGY;
    }

    private static String form(boolean failed, Model model) {
        model.addAttribute("statuses", Option.of(StrategyStatus.values(), StrategyAdminController::describe));
        model.addAttribute("hasErrors", failed);
        return "admin/strategy-form";
    }

    private static String describe(StrategyStatus status) {
        return switch (status) {
            case DRAFT -> "Draft: being prepared";
            case CURRENT -> "Current: the strategy in force";
            case ARCHIVED -> "Archived: kept for history";
        };
    }
}
