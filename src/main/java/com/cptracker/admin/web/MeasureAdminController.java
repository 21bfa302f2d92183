package com.cptracker.admin.web;

import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import jakarta.validation.Valid;
import java.util.List;
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

/**
 * A strategy's measures: add and change them, reorder the scorecard, retire a measure with a reason (never delete
 * it) and bring it back; each measure's page shows its targets, benchmarks and history.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/measures")
class MeasureAdminController {

    private final MeasureAdminService admin;
    private final MeasureTargetAdminService targets;
    private final StrategyService strategies;
    private final Choices choices;
    private final UserAdminService users;

    MeasureAdminController(MeasureAdminService admin, MeasureTargetAdminService targets, StrategyService strategies,
                           Choices choices, UserAdminService users) {
        this.admin = admin;
        this.targets = targets;
        this.strategies = strategies;
        this.choices = choices;
        this.users = users;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        model.addAttribute("strategy", strategy);
        model.addAttribute("measures", admin.measures(strategy.id()));
        model.addAttribute("priorities", strategies.prioritiesOf(strategy.id()).stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name())));
        return "admin/measures";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, @RequestParam(required = false) String priority, Model model) {
        return form(strategies.bySlug(slug), null, MeasureForm.empty(Forms.id(priority)), false, model);
    }

    @PostMapping("/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") MeasureForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        return Forms.attempt(errors, () -> admin.create(strategy.id(), form.fields())).map(id -> {
            redirect.addFlashAttribute("saved", "Measure " + form.ref().strip() + " added");
            return "redirect:/admin/strategies/" + slug + "/measures/" + id;
        }).orElseGet(() -> form(strategy, null, form, true, model));
    }

    /** A measure's administration: what it is, its targets by year with their history, and its benchmarks. */
    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = admin.measure(strategy.id(), id);
        return page(strategy, measure, MeasureActiveForm.empty(measure.active(), measure.version()), false, model);
    }

    /** Retires the measure from the scorecard or brings it back, with a reason; it is never deleted. */
    @PostMapping("/{id}/active")
    String active(@PathVariable String slug, @PathVariable long id,
                  @Valid @ModelAttribute("activeForm") MeasureActiveForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = admin.measure(strategy.id(), id);
        return Forms.attempt(errors, () -> admin.setActive(strategy.id(), id, form.toActive(), form.trimmedReason(),
                form.expectedVersion())).map(done -> {
                    redirect.addFlashAttribute("saved", "Measure " + measure.ref()
                            + (form.toActive() ? " is back on the scorecard" : " is retired from the scorecard"));
                    return "redirect:/admin/strategies/" + slug + "/measures/" + id;
                }).orElseGet(() -> page(strategy, measure, form, true, model));
    }

    /** Moves a measure up or down the scorecard. A page out of date is refused and said so above the list. */
    @PostMapping("/{id}/move")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String direction,
                @RequestParam(required = false) String version, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = admin.measure(strategy.id(), id);
        boolean up = "up".equals(direction);
        Forms.move(redirect, direction, version, expected -> admin.move(strategy.id(), id, up, expected),
                "Measure " + measure.ref() + " moved " + (up ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/measures";
    }

    private String page(StrategySummary strategy, MeasureEdit measure, MeasureActiveForm activeForm, boolean failed,
                        Model model) {
        long id = measure.id();
        model.addAttribute("strategy", strategy);
        model.addAttribute("measure", measure);
        if (!model.containsAttribute("activeForm")) {
            model.addAttribute("activeForm", activeForm);
        }
        model.addAttribute("hasErrors", failed);
        List<PriorityDetail> priorities = choices.priorities(strategy.id());
        PriorityDetail priority = priorities.stream()
                .filter(p -> measure.fields().priorityId() != null && p.id() == measure.fields().priorityId())
                .findFirst().orElse(null);
        model.addAttribute("priority", priority);
        model.addAttribute("statement", priority == null || measure.fields().statementId() == null ? null
                : priority.statements().stream().filter(s -> s.id() == measure.fields().statementId()).findFirst()
                        .orElse(null));
        Long owner = measure.fields().ownerUserId();
        model.addAttribute("owner", owner == null ? null : users.byIds(List.of(owner)).get(owner));
        model.addAttribute("targets", targets.targets(strategy.id(), id));
        model.addAttribute("targetHistory", targets.targetHistory(strategy.id(), id));
        model.addAttribute("benchmarks", targets.benchmarks(strategy.id(), id));
        return "admin/measure";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = admin.measure(strategy.id(), id);
        return form(strategy, measure, MeasureForm.of(measure), false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") MeasureForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = admin.measure(strategy.id(), id);
        return Forms.attempt(errors, () -> admin.update(strategy.id(), id, form.fields(), form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Measure " + form.ref().strip() + " saved");
                    return "redirect:/admin/strategies/" + slug + "/measures/" + id;
                }).orElseGet(() -> form(strategy, measure, form, true, model));
    }

    private String form(StrategySummary strategy, MeasureEdit measure, MeasureForm form, boolean failed,
                        Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("measure", measure);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("priorities", choices.priorities(strategy.id()));
        model.addAttribute("officers", choices.officers(measure == null ? List.of()
                : java.util.stream.Stream.ofNullable(measure.fields().ownerUserId()).toList()));
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("hasErrors", failed);
        return "admin/measure-form";
    }
}
