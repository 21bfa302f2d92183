package com.cptracker.risks.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.risks.RiskEdits.RiskFields;
import com.cptracker.risks.RiskKind;
import com.cptracker.risks.RiskLogService;
import com.cptracker.risks.RiskRecords.LogFilter;
import com.cptracker.risks.RiskRecords.RiskEdit;
import com.cptracker.risks.RiskScaleAdminService;
import com.cptracker.risks.RiskService;
import com.cptracker.risks.RiskState;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityRow;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.UserSummary;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A strategy's issues and risks log: the log with its filters (GET parameters, so they work without JavaScript), an
 * item's page with its history, and the forms to raise and change one. Reviews, mitigations and closing: {@link
 * RiskStepController}.
 */
@Controller
@RequestMapping("/strategies/{slug}/risks")
class RiskController {

    static final String ITEM = "redirect:/strategies/{slug}/risks/{id}";

    private final RiskLogService log;
    private final RiskService risks;
    private final RiskScaleAdminService scale;
    private final PriorityAdminService priorities;
    private final ActionAdminService actions;

    RiskController(
            RiskLogService log,
            RiskService risks,
            RiskScaleAdminService scale,
            PriorityAdminService priorities,
            ActionAdminService actions) {
        this.log = log;
        this.risks = risks;
        this.scale = scale;
        this.priorities = priorities;
        this.actions = actions;
    }

    /** The filters as typed in the address; a value of the wrong type is ignored rather than refused. */
    record Filters(String kind, String state, Long owner, Long priority, Boolean overdue) {

        LogFilter filter() {
            return new LogFilter(
                    parse(RiskKind.class, kind),
                    parse(RiskState.class, state),
                    owner,
                    priority,
                    Boolean.TRUE.equals(overdue));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            return null;
        }
    }

    @GetMapping
    String log(StrategySummary strategy, Filters filters, BindingResult ignored, Model model) {
        LogFilter filter = filters.filter();
        model.addAttribute("log", log.log(strategy.id(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", RiskKind.values());
        model.addAttribute("states", RiskState.values());
        return "risks/log";
    }

    @GetMapping("/{id}")
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        model.addAttribute("page", log.page(strategy.id(), id, me()));
        return "risks/risk";
    }

    @GetMapping("/new")
    String raise(StrategySummary strategy, Model model) {
        model.addAttribute("form", RiskForm.empty(me().id()));
        return form(strategy, null, false, model);
    }

    @PostMapping("/new")
    String raise(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RiskFields fields = form.fields(errors, priorityIds(strategy), actionIds(strategy));
        return Forms.attempt(errors, () -> risks.raise(strategy.id(), fields, me()))
                .map(id -> {
                    redirect.addAttribute("id", id);
                    return Forms.saved(redirect, fields.kind().label() + " raised", ITEM);
                })
                .orElseGet(() -> form(strategy, null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        model.addAttribute("form", RiskForm.of(item));
        return form(strategy, item, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        RiskFields fields = form.fields(errors, priorityIds(strategy), actionIds(strategy));
        return Forms.attempt(errors, () -> risks.update(strategy.id(), id, fields, Forms.version(form.version()), me()))
                .map(done -> Forms.saved(redirect, fields.kind().label() + " saved", ITEM))
                .orElseGet(() -> form(strategy, item, true, model));
    }

    static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }

    private Set<Long> priorityIds(StrategySummary strategy) {
        return priorities.rows(strategy.id()).stream().map(PriorityRow::id).collect(Collectors.toSet());
    }

    private Set<Long> actionIds(StrategySummary strategy) {
        return actions.actions(strategy.id()).stream().map(ActionRow::id).collect(Collectors.toSet());
    }

    private String form(StrategySummary strategy, RiskEdit item, boolean failed, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("kinds", Option.of(RiskKind.values(), RiskKind::label));
        model.addAttribute(
                "owners",
                Option.of(
                        risks.owners(item == null ? null : item.ownerId()),
                        UserSummary::id,
                        UserSummary::nameAndTitle));
        model.addAttribute("levels", RiskStepController.levels(scale, strategy, item == null ? null : item.levelId()));
        model.addAttribute(
                "priorities",
                Option.of(priorities.rows(strategy.id()), PriorityRow::id, p -> p.name() + ": " + p.title()));
        model.addAttribute(
                "actions", Option.of(actions.actions(strategy.id()), ActionRow::id, a -> a.ref() + ": " + a.text()));
        model.addAttribute("hasErrors", failed);
        return "risks/risk-form";
    }
}
