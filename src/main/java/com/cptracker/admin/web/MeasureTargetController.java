package com.cptracker.admin.web;

import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
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

    MeasureTargetController(MeasureAdminService measures, MeasureTargetAdminService admin,
                            StrategyService strategies) {
        this.measures = measures;
        this.admin = admin;
        this.strategies = strategies;
    }

    @GetMapping("/targets")
    String target(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String year,
                  Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = measures.measure(strategy.id(), id);
        TargetForm form = year != null && year.matches(YEAR)
                ? admin.target(strategy.id(), id, year).map(TargetForm::of).orElse(TargetForm.empty(year))
                : TargetForm.empty(null);
        return targetForm(strategy, measure, form, false, model);
    }

    @PostMapping("/targets")
    String target(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") TargetForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = measures.measure(strategy.id(), id);
        var fields = form.fields(errors, measure.fields().unit());
        return Forms.attempt(errors, () -> admin.setTarget(strategy.id(), id, fields, form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Target for " + fields.year() + " saved");
                    return "redirect:/admin/strategies/" + slug + "/measures/" + id + "#targets";
                }).orElseGet(() -> targetForm(strategy, measure, form, true, model));
    }

    @GetMapping("/benchmarks")
    String benchmark(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String year,
                     Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = measures.measure(strategy.id(), id);
        BenchmarkForm form = year != null && year.matches(YEAR)
                ? admin.benchmark(strategy.id(), id, year).map(BenchmarkForm::of).orElse(BenchmarkForm.empty(year))
                : BenchmarkForm.empty(null);
        return benchmarkForm(strategy, measure, form, false, model);
    }

    @PostMapping("/benchmarks")
    String benchmark(@PathVariable String slug, @PathVariable long id,
                     @Valid @ModelAttribute("form") BenchmarkForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        MeasureEdit measure = measures.measure(strategy.id(), id);
        var fields = form.fields(errors, measure.fields().unit());
        return Forms.attempt(errors, () -> admin.setBenchmark(strategy.id(), id, fields, form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Benchmarks for " + fields.year() + " saved");
                    return "redirect:/admin/strategies/" + slug + "/measures/" + id + "#benchmarks";
                }).orElseGet(() -> benchmarkForm(strategy, measure, form, true, model));
    }

    private static String targetForm(StrategySummary strategy, MeasureEdit measure, TargetForm form, boolean failed,
                                     Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("measure", measure);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("hasErrors", failed);
        return "admin/target-form";
    }

    private static String benchmarkForm(StrategySummary strategy, MeasureEdit measure, BenchmarkForm form,
                                        boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("measure", measure);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("hasErrors", failed);
        return "admin/benchmark-form";
    }
}
