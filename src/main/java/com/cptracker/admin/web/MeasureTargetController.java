package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.function.Function;
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

    private static final String MEASURE = "redirect:/admin/strategies/{slug}/measures/{id}";

    private final MeasureAdminService measures;
    private final MeasureTargetAdminService admin;

    MeasureTargetController(MeasureAdminService measures, MeasureTargetAdminService admin) {
        this.measures = measures;
        this.admin = admin;
    }

    @GetMapping("/targets")
    String target(
            StrategySummary strategy, @PathVariable long id, @RequestParam(required = false) String year, Model model) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        TargetForm form = opened(year, y -> admin.target(strategy.id(), id, y), TargetForm::of, TargetForm::empty);
        model.addAttribute("form", form);
        return view("admin/target-form", measure, form.changing(), false, model);
    }

    @PostMapping("/targets")
    String target(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        TargetFields fields = form.fields(errors, measure.fields().unit());
        return Forms.attempt(errors, () -> admin.setTarget(strategy.id(), id, fields, form.version()))
                .map(done -> Forms.saved(redirect, "Target for " + fields.year() + " saved", MEASURE + "#targets"))
                .orElseGet(() -> view("admin/target-form", measure, form.changing(), true, model));
    }

    @GetMapping("/benchmarks")
    String benchmark(
            StrategySummary strategy, @PathVariable long id, @RequestParam(required = false) String year, Model model) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        BenchmarkForm form =
                opened(year, y -> admin.benchmark(strategy.id(), id, y), BenchmarkForm::of, BenchmarkForm::empty);
        model.addAttribute("form", form);
        return view("admin/benchmark-form", measure, form.changing(), false, model);
    }

    @PostMapping("/benchmarks")
    String benchmark(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") BenchmarkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MeasureEdit measure = measures.measure(strategy.id(), id);
        BenchmarkFields fields = form.fields(errors, measure.fields().unit());
        return Forms.attempt(errors, () -> admin.setBenchmark(strategy.id(), id, fields, form.version()))
                .map(done ->
                        Forms.saved(redirect, "Benchmarks for " + fields.year() + " saved", MEASURE + "#benchmarks"))
                .orElseGet(() -> view("admin/benchmark-form", measure, form.changing(), true, model));
    }

    /**
     * The form of {@code ?year=}: that year's figures to change when it has some, a new year otherwise; without a
     * year (or with one not like 2024-25), a new year to type.
     */
    private static <E, F> F opened(
            String year, Function<String, Optional<E>> existing, Function<E, F> of, Function<String, F> empty) {
        return TargetReading.isYear(year)
                ? existing.apply(year.strip()).map(of).orElse(empty.apply(year.strip()))
                : empty.apply(null);
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
