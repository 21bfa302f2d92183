package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionEdit;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionStatus;
import com.cptracker.audit.AuditService;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.governance.GovernanceService;
import com.cptracker.recommendations.RecommendationService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.UserAdminService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
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

    private static final String ACTION = "redirect:/admin/strategies/{slug}/actions/{id}";

    private final ActionAdminService admin;
    private final Choices choices;
    private final GovernanceService governance;
    private final UserAdminService users;
    private final AuditService audit;
    private final RecommendationService recommendations;

    ActionAdminController(
            ActionAdminService admin,
            Choices choices,
            GovernanceService governance,
            UserAdminService users,
            AuditService audit,
            RecommendationService recommendations) {
        this.admin = admin;
        this.choices = choices;
        this.governance = governance;
        this.users = users;
        this.audit = audit;
        this.recommendations = recommendations;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        model.addAttribute("actions", admin.actions(strategy.id()));
        model.addAttribute("priorities", choices.priorityNames(strategy.id()));
        return "admin/actions";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, @RequestParam(required = false) Long priority, Model model) {
        model.addAttribute("form", ActionForm.empty(priority));
        return form(strategy, null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ActionFields fields = form.fields(errors);
        return Forms.attempt(errors, () -> form.onItsRow(() -> admin.create(strategy.id(), fields, form.answers())))
                .map(id -> Forms.saved(redirect.addAttribute("id", id), "Action " + fields.ref() + " added", ACTION))
                .orElseGet(() -> form(strategy, null, true, model));
    }

    /** One action's administration: what it is, its status, and every change made to it. */
    @GetMapping("/{id}")
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        ActionEdit action = admin.action(strategy.id(), id);
        model.addAttribute("statusForm", ActionStatusForm.empty(action.withdrawn(), action.version()));
        return page(strategy, action, false, model);
    }

    @PostMapping("/{id}/status")
    String status(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") ActionStatusForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ActionEdit action = admin.action(strategy.id(), id);
        return Forms.attempt(
                        errors,
                        () -> admin.changeStatus(
                                strategy.id(), id, form.status(), form.reason().strip(), form.version()))
                .map(done -> Forms.saved(
                        redirect,
                        "Action " + action.ref() + " is now "
                                + form.status().name().toLowerCase(),
                        ACTION))
                .orElseGet(() -> page(strategy, action, true, model));
    }

    /**
     * Moves an action up or down among the actions of its priority. A page out of date (someone else changed or moved
     * the action since) is refused and said so above the list.
     */
    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        ActionEdit action = admin.action(strategy.id(), id);
        form.apply(
                "Action " + action.ref(),
                (to, version) -> admin.move(strategy.id(), id, to, version),
                errors,
                redirect);
        return "redirect:/admin/strategies/{slug}/actions";
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        ActionEdit action = admin.action(strategy.id(), id);
        model.addAttribute("form", ActionForm.of(action, recommendations.answeredBy(strategy.id(), id)));
        return form(strategy, action, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ActionEdit action = admin.action(strategy.id(), id);
        ActionFields fields = form.fields(errors);
        return Forms.attempt(
                        errors,
                        () -> form.onItsRow(() -> {
                            admin.update(strategy.id(), id, fields, form.answers(), Forms.version(form.version()));
                            return true;
                        }))
                .map(done -> Forms.saved(redirect, "Action " + fields.ref() + " saved", ACTION))
                .orElseGet(() -> form(strategy, action, true, model));
    }

    private String page(StrategySummary strategy, ActionEdit action, boolean failed, Model model) {
        model.addAttribute("action", action);
        choices.placeOf(
                strategy.id(), action.fields().priorityId(), action.fields().statementId(), model);
        model.addAttribute(
                "partners",
                governance.partnersOf(strategy.id()).stream()
                        .filter(p -> action.fields().partnerIds().contains(p.id()))
                        .toList());
        model.addAttribute("accounts", users.byIds(leadAccounts(action)));
        model.addAttribute("history", audit.historyOf("action", action.id()));
        model.addAttribute(
                "standings",
                List.of(
                        new Option(ActionStatus.CANCELLED.name(), "Cancelled: it will not go ahead", null),
                        new Option(ActionStatus.SUPERSEDED.name(), "Superseded: another action replaces it", null)));
        model.addAttribute("hasErrors", failed);
        return "admin/action";
    }

    private String form(StrategySummary strategy, ActionEdit action, boolean failed, Model model) {
        model.addAttribute("action", action);
        choices.placeChoices(strategy.id(), model);
        model.addAttribute("partners", choices.partners(strategy.id()));
        model.addAttribute("officers", choices.officers(action == null ? List.of() : leadAccounts(action)));
        model.addAttribute("recommendations", choices.recommendations(strategy.id()));
        model.addAttribute("hasErrors", failed);
        return "admin/action-form";
    }

    /** The accounts of the action's leads as saved. */
    private static List<Long> leadAccounts(ActionEdit action) {
        return action.fields().leads().stream()
                .map(Lead::userId)
                .filter(Objects::nonNull)
                .toList();
    }
}
