package com.cptracker.work.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator corrects a value. If the board has already seen it (its quarter is published), the correction
 * is a revision with a reason, kept beside the original and marked as revised wherever it is shown.
 */
@Controller
class CorrectionController {

    private final StrategyService strategies;
    private final MeasureStatusService measures;
    private final MeasureValueService values;
    private final QuarterService quarters;

    CorrectionController(StrategyService strategies, MeasureStatusService measures, MeasureValueService values,
                         QuarterService quarters) {
        this.strategies = strategies;
        this.measures = measures;
        this.values = values;
        this.quarters = quarters;
    }

    @GetMapping("/strategies/{slug}/measures/{ref}/corrections/{period}")
    String show(@PathVariable String slug, @PathVariable String ref, @PathVariable String period, Model model) {
        Target t = target(slug, ref, period);
        return page(t, t.value().value() == null ? "" : t.value().value().stripTrailingZeros().toPlainString(),
                t.value().suppressed(), t.value().note(), "", null, null, model);
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
        if (reason.length() > 1000 || note.length() > 2000 || !version.matches("-?\\d{1,18}")) {
            return page(t, value, suppressed, note, reason, "reason", "The reason or comment is too long", model);
        }
        try {
            values.save(java.util.List.of(new ValueInput(t.measure().status().measure().id(), t.period(), number,
                    suppressed, null, note.isEmpty() ? null : note, Long.parseLong(version))), t.published(),
                    reason.isEmpty() ? null : reason);
        } catch (ConcurrentChangeException e) {
            return page(t, value, suppressed, note, reason, "value", ConcurrentChangeException.MESSAGE, model);
        }
        redirect.addFlashAttribute("saved", ref + " " + t.period().label() + (t.published() ? " revised" : " corrected"));
        return "redirect:/strategies/" + slug + "/measures/" + ref;
    }

    private record Target(StrategySummary strategy, MeasureDetail measure, ReportingPeriod period, ValueView value,
                          long version, boolean published) {
    }

    private Target target(String slug, String ref, String periodCode) {
        StrategySummary s = strategies.bySlug(slug);
        MeasureDetail d = measures.detail(s.id(), ref, s.quarters().getLast(), s.benchmarkMarginPercent(), null);
        ValueView v = d.values().stream().filter(x -> !x.superseded() && x.period().code().equals(periodCode))
                .findFirst().orElseThrow(() -> new NotFoundException("Value", periodCode));
        Current c = values.current(Map.of(d.status().measure().id(), v.period())).get(d.status().measure().id());
        ReportingPeriod quarter = ReportingPeriod.quarterOf(v.period().end());
        boolean published = quarters.statuses(s.id(), java.util.List.of(quarter)).stream()
                .anyMatch(QuarterStatus::published);
        return new Target(s, d, v.period(), v, c == null ? -1 : c.version(), published);
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
