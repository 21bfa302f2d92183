package com.cptracker.work.web;

import com.cptracker.common.AsAt;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.TypedValue;
import com.cptracker.status.Mark;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
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
 * An administrator corrects a value, or supplies one that is missing. If the board has already seen it (or seen it
 * missing), the correction needs a reason, keeps what it said before beside it and is marked as revised wherever it
 * is shown. Two administrators correcting the same figure from the same page: the second is refused.
 */
@Controller
@RequestMapping("/strategies/{slug}/measures/{ref}/corrections/{period}")
class CorrectionController {

    private final MeasureStatusService measures;
    private final MeasureValueService values;

    CorrectionController(MeasureStatusService measures, MeasureValueService values) {
        this.measures = measures;
        this.values = values;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable String ref, @PathVariable String period, Model model) {
        Target t = target(strategy, ref, period);
        model.addAttribute("form", CorrectionForm.of(t.value(), t.version()));
        return page(t, false, model);
    }

    /** A figure or a mark; the reason whenever the board has seen the period; every problem at once. */
    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable String ref,
            @PathVariable String period,
            @Valid @ModelAttribute("form") CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Target t = target(strategy, ref, period);
        MeasureSummary m = t.measure().status().measure();
        TypedValue typed = ValueRow.typed(m, strategy.smallNumberMark(), form.typedValue(), errors, "value");
        String reason = Forms.text(form.reason());
        if (t.published() && reason == null) {
            Forms.reject(errors, "reason", "required", "Give the reason for correcting a figure the board has seen");
        }
        ValueInput input = new ValueInput(
                m.id(),
                t.period(),
                typed == null ? null : typed.number(),
                typed == null ? null : typed.mark(),
                null,
                Forms.text(form.note()),
                Forms.version(form.version()));
        return Forms.attempt(errors, () -> values.save(List.of(input), t.published() ? reason : null))
                .map(done -> Forms.saved(
                        redirect,
                        ref + " " + t.period().label() + (t.published() ? " revised" : " corrected"),
                        "redirect:/strategies/{slug}/measures/{ref}"))
                .orElseGet(() -> page(t, true, model));
    }

    private record Target(
            StrategySummary strategy,
            MeasureDetail measure,
            ReportingPeriod period,
            ValueView value,
            long version,
            boolean published) {}

    /**
     * The measure and period being corrected, and its current value if it has one. A period with no value may be
     * supplied if it is one of the measure's own kind within the strategy; anything else is not found.
     */
    private Target target(StrategySummary s, String ref, String periodCode) {
        MeasurePlan plan = measures.plan(s.id(), ref);
        ReportingPeriod period = ReportingPeriod.tryParse(periodCode)
                .filter(p -> plan.measure().frequency().accepts(p.kind()))
                .filter(p -> !p.end().isAfter(s.quarters().getLast().end())
                        && !p.end().isBefore(s.quarters().getFirst().start()))
                .orElseThrow(() -> new NotFoundException("Value", periodCode));
        MeasureDetail d = measures.detail(plan, AsAt.unpublished(s.quarters().getLast()), s);
        ValueView v = d.values().stream()
                .filter(x -> !x.superseded() && x.period().equals(period))
                .findFirst()
                .orElse(null);
        long id = plan.measure().id();
        Current c = values.current(s.id(), Map.of(id, period)).get(id);
        return new Target(s, d, period, v, c == null ? -1 : c.version(), values.published(s.id(), id, period));
    }

    private static String page(Target t, boolean failed, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("marks", Mark.accepted(t.strategy().smallNumberMark()));
        model.addAttribute("hasErrors", failed);
        return "work/correction";
    }
}
