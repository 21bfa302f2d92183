package com.cptracker.work.web;

import com.cptracker.common.AsAt;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator corrects a value, or supplies one that is missing. If the board has already seen it (or seen it
 * missing), the correction needs a reason, keeps what it said before beside it and is marked as revised wherever it
 * is shown. Two administrators correcting the same figure from the same page: the second is refused.
 */
@Controller
class CorrectionController {

    private final StrategyService strategies;
    private final MeasureStatusService measures;
    private final MeasureValueService values;

    CorrectionController(StrategyService strategies, MeasureStatusService measures, MeasureValueService values) {
        this.strategies = strategies;
        this.measures = measures;
        this.values = values;
    }

    @GetMapping("/strategies/{slug}/measures/{ref}/corrections/{period}")
    String show(@PathVariable String slug, @PathVariable String ref, @PathVariable String period, Model model) {
        Target t = target(slug, ref, period);
        ValueView v = t.value();
        return page(t, v == null || v.value() == null ? "" : v.value().stripTrailingZeros().toPlainString(),
                v != null && v.suppressed(), v == null ? "" : v.note(), "", null, null, model);
    }

    @PostMapping("/strategies/{slug}/measures/{ref}/corrections/{period}")
    String save(@PathVariable String slug, @PathVariable String ref, @PathVariable String period,
                @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Target t = target(slug, ref, period);
        String value = form.getOrDefault("value", "").strip();
        boolean suppressed = "true".equals(form.get("suppressed"));
        String note = form.getOrDefault("note", "").strip();
        String reason = form.getOrDefault("reason", "").strip();
        String version = form.getOrDefault("version", "");
        BigDecimal number = null;
        if (suppressed == !value.isEmpty()) {
            return page(t, value, suppressed, note, reason, "value", "Enter a figure or tick suppressed", model);
        }
        if (!suppressed) {
            var m = t.measure().status().measure();
            var figure = ValueRow.figure(m.ref(), m.unit()).read(value);
            if (figure.problem() != null) {
                return page(t, value, false, note, reason, "value", figure.problem(), model);
            }
            number = figure.number();
        }
        if (t.published() && reason.isEmpty()) {
            return page(t, value, suppressed, note, reason, "reason",
                    "Give the reason for correcting a figure the board has seen", model);
        }
        if (reason.length() > 1000) {
            return page(t, value, suppressed, note, reason, "reason", "The reason must be 1,000 characters or fewer",
                    model);
        }
        if (note.length() > 2000) {
            return page(t, value, suppressed, note, reason, "note", "The comment must be 2,000 characters or fewer",
                    model);
        }
        if (!version.matches("-?\\d{1,18}")) {
            return page(t, value, suppressed, note, reason, "value", ConcurrentChangeException.MESSAGE, model);
        }
        try {
            values.save(List.of(new ValueInput(t.measure().status().measure().id(), t.period(), number,
                    suppressed, null, note.isEmpty() ? null : note, Long.parseLong(version))),
                    t.published() ? reason : null);
        } catch (ConcurrentChangeException e) {
            return page(t, value, suppressed, note, reason, "value", ConcurrentChangeException.MESSAGE, model);
        }
        redirect.addFlashAttribute("saved", ref + " " + t.period().label() + (t.published() ? " revised" : " corrected"));
        return "redirect:/strategies/{slug}/measures/{ref}";
    }

    private record Target(StrategySummary strategy, MeasureDetail measure, ReportingPeriod period, ValueView value,
                          long version, boolean published) {
    }

    /**
     * The measure and period being corrected, and its current value if it has one. A period with no value may be
     * supplied if it is one of the measure's own kind within the strategy; anything else is not found.
     */
    private Target target(String slug, String ref, String periodCode) {
        StrategySummary s = strategies.bySlug(slug);
        MeasurePlan plan = measures.plan(s.id(), ref);
        ReportingPeriod period = ReportingPeriod.tryParse(periodCode)
                .filter(p -> plan.measure().frequency().accepts(p.kind()))
                .filter(p -> !p.end().isAfter(s.quarters().getLast().end())
                        && !p.end().isBefore(s.quarters().getFirst().start()))
                .orElseThrow(() -> new NotFoundException("Value", periodCode));
        MeasureDetail d = measures.detail(plan, AsAt.unpublished(s.quarters().getLast()), s.benchmarkMarginPercent());
        ValueView v = d.values().stream().filter(x -> !x.superseded() && x.period().equals(period))
                .findFirst().orElse(null);
        long id = plan.measure().id();
        Current c = values.current(s.id(), Map.of(id, period)).get(id);
        return new Target(s, d, period, v, c == null ? -1 : c.version(), values.published(s.id(), id, period));
    }

    private static String page(Target t, String value, boolean suppressed, String note, String reason,
                               String errorField, String error, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("strategy", t.strategy());
        model.addAttribute("value", value);
        model.addAttribute("suppressed", suppressed);
        model.addAttribute("note", note);
        model.addAttribute("reason", reason);
        model.addAttribute("errorField", errorField);
        model.addAttribute("error", error);
        return "work/correction";
    }
}
