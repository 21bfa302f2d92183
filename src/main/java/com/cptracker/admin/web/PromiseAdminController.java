package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The promise to children and young people: add, change, reorder and archive promises, linked to what keeps them. */
@Controller
@RequestMapping("/admin/strategies/{slug}/promises")
class PromiseAdminController {

    private static final String PROMISES = "redirect:/admin/strategies/{slug}/promises";

    private final StrategyAdminService admin;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;

    PromiseAdminController(StrategyAdminService admin, ActionAdminService actions, MeasureAdminService measures) {
        this.admin = admin;
        this.actions = actions;
        this.measures = measures;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        Map<Long, String> actionRefs = actions.actions(strategy.id()).stream()
                .collect(Collectors.toMap(ActionRow::id, ActionRow::ref, (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> measureRefs = measures.measures(strategy.id()).stream()
                .collect(Collectors.toMap(MeasureRow::id, MeasureRow::ref, (a, b) -> a, LinkedHashMap::new));
        model.addAttribute(
                "promises",
                admin.promises(strategy.id()).stream()
                        .map(p -> new PromiseRow(
                                p,
                                refs(p.fields().actionIds(), actionRefs),
                                refs(p.fields().measureIds(), measureRefs)))
                        .toList());
        return "admin/promises";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", PromiseForm.empty());
        return form(strategy, null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") PromiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PromiseFields fields = form.fields(errors, actionIds(strategy), measureIds(strategy));
        return Forms.attempt(errors, () -> admin.addPromise(strategy.id(), fields))
                .map(id -> Forms.saved(redirect, "Promise added", PROMISES))
                .orElseGet(() -> form(strategy, null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        PromiseEdit promise = admin.promise(strategy.id(), id);
        model.addAttribute("form", PromiseForm.of(promise));
        return form(strategy, promise, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PromiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PromiseEdit promise = admin.promise(strategy.id(), id);
        PromiseFields fields = form.fields(errors, actionIds(strategy), measureIds(strategy));
        return Forms.attempt(
                        errors, () -> admin.updatePromise(strategy.id(), id, fields, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Promise saved", PROMISES))
                .orElseGet(() -> form(strategy, promise, true, model));
    }

    /** Archives the promise (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        PromiseEdit promise = admin.promise(strategy.id(), id);
        form.apply(
                "Promise " + promise.position(),
                "reason-promise-" + id,
                (archived, reason, version) -> admin.setPromiseArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return PROMISES;
    }

    /** Moves a promise up or down the list, as the board reads it. */
    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        admin.promise(strategy.id(), id);
        form.apply("Promise", (to, version) -> admin.movePromise(strategy.id(), id, to, version), errors, redirect);
        return PROMISES;
    }

    /** A promise as the list shows it, with the refs of the actions and measures that keep it. */
    record PromiseRow(PromiseEdit promise, String actions, String measures) {}

    /** Refs in plan order. */
    private static String refs(Set<Long> ids, Map<Long, String> refs) {
        return String.join(
                ", ",
                refs.entrySet().stream()
                        .filter(e -> ids.contains(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList());
    }

    private Set<Long> actionIds(StrategySummary strategy) {
        return actions.actions(strategy.id()).stream().map(ActionRow::id).collect(Collectors.toSet());
    }

    private Set<Long> measureIds(StrategySummary strategy) {
        return measures.measures(strategy.id()).stream().map(MeasureRow::id).collect(Collectors.toSet());
    }

    private String form(StrategySummary strategy, PromiseEdit promise, boolean failed, Model model) {
        model.addAttribute("promise", promise);
        model.addAttribute(
                "actions",
                Option.of(
                        actions.actions(strategy.id()),
                        ActionRow::id,
                        a -> a.ref() + ": " + Option.abbreviate(a.text(), 110)));
        model.addAttribute(
                "measures",
                Option.of(
                        measures.measures(strategy.id()),
                        MeasureRow::id,
                        m -> m.ref() + ": " + Option.abbreviate(m.title(), 110)));
        model.addAttribute("hasErrors", failed);
        return "admin/promise-form";
    }
}
