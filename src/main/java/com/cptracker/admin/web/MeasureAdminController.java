package com.cptracker.admin.web;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.UserAdminService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
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

    private static final String MEASURE = "redirect:/admin/strategies/{slug}/measures/{id}";

    private final MeasureAdminService admin;
    private final MeasureTargetAdminService targets;
    private final Choices choices;
    private final UserAdminService users;

    MeasureAdminController(
            MeasureAdminService admin, MeasureTargetAdminService targets, Choices choices, UserAdminService users) {
        this.admin = admin;
        this.targets = targets;
        this.choices = choices;
        this.users = users;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        model.addAttribute("measures", admin.measures(strategy.id()));
        model.addAttribute("priorities", choices.priorityNames(strategy.id()));
        model.addAttribute("targetYears", TargetYearController.years(strategy.startsOn(), strategy.endsOn()));
        return "admin/measures";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, @RequestParam(required = false) Long priority, Model model) {
        model.addAttribute("form", MeasureForm.empty(priority));
        return form(strategy, null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureForm.Read read = form.read(errors);
        return Forms.attempt(errors, () -> admin.create(strategy.id(), form.fields(read)))
                .map(id -> Forms.saved(
                        redirect.addAttribute("id", id), "Measure " + form.ref().strip() + " added", MEASURE))
                .orElseGet(() -> form(strategy, null, true, model));
    }

    /** A measure's administration: what it is, its targets by year with their history, and its benchmarks. */
    @GetMapping("/{id}")
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        MeasureEdit measure = admin.measure(strategy.id(), id);
        model.addAttribute("measure", measure);
        choices.placeOf(
                strategy.id(), measure.fields().priorityId(), measure.fields().statementId(), model);
        Long owner = measure.fields().ownerUserId();
        model.addAttribute(
                "owner", owner == null ? null : users.byIds(List.of(owner)).get(owner));
        model.addAttribute("targets", targets.targets(strategy.id(), id));
        model.addAttribute("targetHistory", targets.targetHistory(strategy.id(), id));
        model.addAttribute("benchmarks", targets.benchmarks(strategy.id(), id));
        return "admin/measure";
    }

    /**
     * Retires the measure from the scorecard (archived: it leaves the scorecard, never deleted) or brings it back,
     * with a reason.
     */
    @PostMapping("/{id}/active")
    String active(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        MeasureEdit measure = admin.measure(strategy.id(), id);
        form.apply(
                "Measure " + measure.ref(),
                "reason-measure",
                (archived, reason, version) -> admin.setActive(strategy.id(), id, !archived, reason, version),
                errors,
                redirect);
        return MEASURE;
    }

    /** Moves a measure up or down the scorecard. A page out of date is refused and said so above the list. */
    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        MeasureEdit measure = admin.measure(strategy.id(), id);
        form.apply(
                "Measure " + measure.ref(),
                (to, version) -> admin.move(strategy.id(), id, to, version),
                errors,
                redirect);
        return "redirect:/admin/strategies/{slug}/measures";
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        MeasureEdit measure = admin.measure(strategy.id(), id);
        model.addAttribute("form", MeasureForm.of(measure));
        return form(strategy, measure, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureEdit measure = admin.measure(strategy.id(), id);
        MeasureForm.Read read = form.read(errors);
        return Forms.attempt(
                        errors, () -> admin.update(strategy.id(), id, form.fields(read), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Measure " + form.ref().strip() + " saved", MEASURE))
                .orElseGet(() -> form(strategy, measure, true, model));
    }

    private String form(StrategySummary strategy, MeasureEdit measure, boolean failed, Model model) {
        model.addAttribute("measure", measure);
        choices.placeChoices(strategy.id(), model);
        model.addAttribute(
                "officers",
                choices.officers(
                        measure == null
                                ? List.of()
                                : Stream.ofNullable(measure.fields().ownerUserId())
                                        .toList()));
        model.addAttribute(
                "units",
                Option.of(
                        MeasureUnit.values(),
                        u -> u == MeasureUnit.PERCENTAGE ? "Percentage" : StringUtils.capitalize(u.label())));
        model.addAttribute(
                "polarities",
                Option.of(
                        Stream.of(Polarity.values())
                                .filter(p -> p != Polarity.OWNER_RATED)
                                .toList(),
                        Polarity::name,
                        p -> p.label() + (p == Polarity.CONTEXT_ONLY ? ": never given a colour" : "")));
        model.addAttribute("marginUnits", marginUnits(strategy));
        model.addAttribute("frequencies", Option.of(Frequency.values(), Frequency::label));
        model.addAttribute("hasErrors", failed);
        return "admin/measure-form";
    }

    /** The strategy's margin, posted as no unit at all, then a margin of the measure's own in either unit. */
    private static List<Option> marginUnits(StrategySummary strategy) {
        return Stream.concat(
                        Stream.of(new Option(
                                "",
                                "The strategy’s: within "
                                        + strategy.benchmarkMargin().describe(null),
                                null)),
                        Option.of(
                                MarginUnit.values(),
                                u -> "Its own, " + u.label().toLowerCase())
                                .stream())
                .toList();
    }
}
