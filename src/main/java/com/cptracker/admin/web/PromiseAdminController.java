package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The promise to children and young people: add, change and reorder promises, linked to actions and measures. */
@Controller
@RequestMapping("/admin/strategies/{slug}/promises")
class PromiseAdminController {

    private final StrategyAdminService admin;
    private final StrategyService strategies;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;

    PromiseAdminController(StrategyAdminService admin, StrategyService strategies, ActionAdminService actions,
                           MeasureAdminService measures) {
        this.admin = admin;
        this.strategies = strategies;
        this.actions = actions;
        this.measures = measures;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        model.addAttribute("strategy", strategy);
        Map<Long, String> actionRefs = actions.actions(strategy.id()).stream()
                .collect(Collectors.toMap(ActionRow::id, ActionRow::ref, (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> measureRefs = measures.measures(strategy.id()).stream()
                .collect(Collectors.toMap(MeasureRow::id, MeasureRow::ref, (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("promises", admin.promises(slug).stream()
                .map(p -> new PromiseRow(p, refs(p.fields().actionIds(), actionRefs),
                        refs(p.fields().measureIds(), measureRefs))).toList());
        return "admin/promises";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, Model model) {
        return form(strategies.bySlug(slug), null, PromiseForm.empty(), false, model);
    }

    @PostMapping("/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") PromiseForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        var fields = form.fields(errors, actionIds(strategy), measureIds(strategy));
        return Forms.attempt(errors, () -> admin.addPromise(slug, fields)).map(id -> {
            redirect.addFlashAttribute("saved", "Promise added");
            return "redirect:/admin/strategies/" + slug + "/promises";
        }).orElseGet(() -> form(strategy, null, form, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        PromiseEdit promise = admin.promise(slug, id);
        return form(strategies.bySlug(slug), promise, PromiseForm.of(promise), false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") PromiseForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        PromiseEdit promise = admin.promise(slug, id);
        var fields = form.fields(errors, actionIds(strategy), measureIds(strategy));
        return Forms.attempt(errors, () -> admin.updatePromise(slug, id, fields, form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Promise saved");
                    return "redirect:/admin/strategies/" + slug + "/promises";
                }).orElseGet(() -> form(strategy, promise, form, true, model));
    }

    /** Archives the promise (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(@PathVariable String slug, @PathVariable long id,
                   @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        PromiseEdit promise = admin.promise(slug, id);
        Forms.archive(redirect, errors, "promise-" + id, () -> admin.setPromiseArchived(slug, id, form.toArchived(),
                form.trimmedReason(), form.expectedVersion()), "Promise " + promise.position()
                + (form.toArchived() ? " is archived" : " is back on the board's pages"));
        return "redirect:/admin/strategies/" + slug + "/promises";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam String direction,
                RedirectAttributes redirect) {
        admin.movePromise(slug, id, "up".equals(direction));
        redirect.addFlashAttribute("saved", "Promise moved " + ("up".equals(direction) ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/promises";
    }

    /** A promise as the list shows it, with the refs of the actions and measures that keep it. */
    record PromiseRow(PromiseEdit promise, String actions, String measures) {
    }

    /** Refs in plan order. */
    private static String refs(Set<Long> ids, Map<Long, String> refs) {
        return String.join(", ", refs.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                .map(Map.Entry::getValue).toList());
    }

    private Set<Long> actionIds(StrategySummary strategy) {
        return actions.actions(strategy.id()).stream().map(ActionRow::id).collect(Collectors.toSet());
    }

    private Set<Long> measureIds(StrategySummary strategy) {
        return measures.measures(strategy.id()).stream().map(MeasureRow::id).collect(Collectors.toSet());
    }

    private String form(StrategySummary strategy, PromiseEdit promise, PromiseForm form, boolean failed,
                        Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("promise", promise);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        List<ActionRow> allActions = actions.actions(strategy.id());
        model.addAttribute("actions", allActions);
        model.addAttribute("measures", measures.measures(strategy.id()));
        Map<Long, String> priorities = strategies.prioritiesOf(strategy.id()).stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name(), (a, b) -> a));
        model.addAttribute("priorities", priorities);
        model.addAttribute("hasErrors", failed);
        return "admin/promise-form";
    }
}
