package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionEdit;
import com.cptracker.audit.AuditService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A strategy's action plan: add and change actions, cancel or supersede them with a reason, never delete. */
@Controller
@RequestMapping("/admin/strategies/{slug}/actions")
class ActionAdminController {

    private final ActionAdminService admin;
    private final StrategyService strategies;
    private final Choices choices;
    private final AuditService audit;

    ActionAdminController(ActionAdminService admin, StrategyService strategies, Choices choices, AuditService audit) {
        this.admin = admin;
        this.strategies = strategies;
        this.choices = choices;
        this.audit = audit;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        model.addAttribute("strategy", strategy);
        model.addAttribute("actions", admin.actions(strategy.id()));
        model.addAttribute("priorities", priorityNames(strategy.id()));
        return "admin/actions";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, @RequestParam(required = false) String priority, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        return form(strategy, null, ActionForm.empty(Forms.id(priority)), false, model);
    }

    @PostMapping("/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> form.onItsRow(() -> admin.create(strategy.id(), fields))).map(id -> {
            redirect.addFlashAttribute("saved", "Action " + fields.ref() + " added");
            return "redirect:/admin/strategies/" + slug + "/actions/" + id;
        }).orElseGet(() -> form(strategy, null, form, true, model));
    }

    /** One action's administration: what it is, its status, and every change made to it. */
    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        ActionEdit action = admin.action(strategy.id(), id);
        return page(strategy, action, ActionStatusForm.empty(action.withdrawn(), action.version()), false, model);
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable String slug, @PathVariable long id,
                  @Valid @ModelAttribute("statusForm") ActionStatusForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        ActionEdit action = admin.action(strategy.id(), id);
        return Forms.attempt(errors, () -> admin.changeStatus(strategy.id(), id, form.to(), form.trimmedReason(),
                form.expectedVersion())).map(done -> {
                    redirect.addFlashAttribute("saved", "Action " + action.ref() + " is now "
                            + form.to().name().toLowerCase());
                    return "redirect:/admin/strategies/" + slug + "/actions/" + id;
                }).orElseGet(() -> page(strategy, action, form, true, model));
    }

    /**
     * Moves an action up or down among the actions of its priority. A page out of date (someone else changed or moved
     * the action since) is refused and said so above the list.
     */
    @PostMapping("/{id}/move")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String direction,
                @RequestParam(required = false) String version, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        ActionEdit action = admin.action(strategy.id(), id);
        boolean up = "up".equals(direction);
        Forms.move(redirect, direction, version, expected -> admin.move(strategy.id(), id, up, expected),
                "Action " + action.ref() + " moved " + (up ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/actions";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        ActionEdit action = admin.action(strategy.id(), id);
        return form(strategy, action, ActionForm.of(action), false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") ActionForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        ActionEdit action = admin.action(strategy.id(), id);
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> form.onItsRow(() -> {
            admin.update(strategy.id(), id, fields, form.expectedVersion());
            return true;
        })).map(done -> {
            redirect.addFlashAttribute("saved", "Action " + fields.ref() + " saved");
            return "redirect:/admin/strategies/" + slug + "/actions/" + id;
        }).orElseGet(() -> form(strategy, action, form, true, model));
    }

    private String page(StrategySummary strategy, ActionEdit action, ActionStatusForm statusForm, boolean failed,
                        Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("action", action);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", statusForm);
        }
        List<PriorityDetail> priorities = choices.priorities(strategy.id());
        PriorityDetail priority = priorities.stream().filter(p -> p.id() == action.fields().priorityId())
                .findFirst().orElse(null);
        model.addAttribute("priority", priority);
        model.addAttribute("statement", priority == null || action.fields().statementId() == null ? null
                : priority.statements().stream().filter(s -> s.id() == action.fields().statementId()).findFirst()
                        .orElse(null));
        model.addAttribute("partners", choices.partners(strategy.id()).stream()
                .filter(p -> action.fields().partnerIds().contains(p.id())).toList());
        model.addAttribute("accounts", choices.officers(action.fields().leads().stream()
                .map(l -> l.userId()).filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(u -> u.id(), Function.identity(), (a, b) -> a)));
        model.addAttribute("history", audit.historyOf("action", action.id()));
        model.addAttribute("hasErrors", failed);
        return "admin/action";
    }

    private String form(StrategySummary strategy, ActionEdit action, ActionForm form, boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("action", action);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("priorities", choices.priorities(strategy.id()));
        model.addAttribute("partners", choices.partners(strategy.id()));
        model.addAttribute("officers", choices.officers(action == null ? List.of() : action.fields().leads().stream()
                .map(l -> l.userId()).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("leadRows", List.of(1, 2, 3));
        model.addAttribute("hasErrors", failed);
        return "admin/action-form";
    }

    private Map<Long, String> priorityNames(long strategyId) {
        return strategies.prioritiesOf(strategyId).stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name()));
    }
}
