package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
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
 * A measure's target and benchmarks for a reporting year. {@code ?year=2024-25} opens that year's figures to change;
 * without it, a new year. A target is never changed without a reason.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/measures/{id}")
class MeasureTargetController {

    private static final String YEAR = "\\d{4}-\\d{2}";

    private final MeasureAdminService measures;
    private final MeasureTargetAdminService admin;
    private final StrategyService strategies;

    MeasureTargetController(MeasureAdminService measures, MeasureTargetAdminService admin, StrategyService strategies) {
        this.measures = measures;
        this.admin = admin;
        this.strategies = strategies;
    }

    @ModelAttribute("strategy")
    StrategySummary strategy(@PathVariable String slug) {
        return strategies.bySlug(slug);
    }

    @GetMapping("/targets")
    String target(
            @ModelAttribute(name = "strategy", binding = false) StrategySummary strategy,
            @PathVariable long id,
            @RequestParam(required = false) String year,
            Model model) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        TargetForm form = year != null && year.matches(YEAR)
                ? admin.target(strategy.id(), id, year).map(TargetForm::of).orElse(TargetForm.empty(year))
                : TargetForm.empty(null);
        model.addAttribute("form", form);
        return view("admin/target-form", measure, form.changing(), false, model);
    }

    @PostMapping("/targets")
    String target(
            @ModelAttribute(name = "strategy", binding = false) StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        TargetFields fields =
                Forms.check(errors, form, e -> form.fields(e, measure.fields().unit()));
        return Forms.attempt(errors, () -> admin.setTarget(strategy.id(), id, fields, form.version()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Target for " + fields.year() + " saved");
                    return "redirect:/admin/strategies/{slug}/measures/{id}#targets";
                })
                .orElseGet(() -> view("admin/target-form", measure, form.changing(), true, model));
    }

    @GetMapping("/benchmarks")
    String benchmark(
            @ModelAttribute(name = "strategy", binding = false) StrategySummary strategy,
            @PathVariable long id,
            @RequestParam(required = false) String year,
            Model model) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        BenchmarkForm form = year != null && year.matches(YEAR)
                ? admin.benchmark(strategy.id(), id, year)
                        .map(BenchmarkForm::of)
                        .orElse(BenchmarkForm.empty(year))
                : BenchmarkForm.empty(null);
        model.addAttribute("form", form);
        return view("admin/benchmark-form", measure, form.changing(), false, model);
    }

    @PostMapping("/benchmarks")
    String benchmark(
            @ModelAttribute(name = "strategy", binding = false) StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") BenchmarkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        BenchmarkFields fields =
                Forms.check(errors, form, e -> form.fields(e, measure.fields().unit()));
        return Forms.attempt(errors, () -> admin.setBenchmark(strategy.id(), id, fields, form.version()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Benchmarks for " + fields.year() + " saved");
                    return "redirect:/admin/strategies/{slug}/measures/{id}#benchmarks";
                })
                .orElseGet(() -> view("admin/benchmark-form", measure, form.changing(), true, model));
    }

    /**
     * The target or benchmark form of a measure, its form already in the model; {@code changing} is the year whose
     * figures it changes, null for a new year.
     */
    private static String view(String template, MeasureEdit measure, String changing, boolean failed, Model model) {
        model.addAttribute("measure", measure);
        model.addAttribute("changing", changing);
        model.addAttribute("hasErrors", failed);
        return template;
    }
}
