package com.cptracker.admin.web;

import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.YearFigures;
import com.cptracker.measures.MeasureEdits.YearRow;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A year's targets and benchmarks for every measure of a strategy on one page, with last year's beside them, saved
 * together with one reason, all or nothing. The measures are always the strategy's as they are now, never what the
 * post names: a post for other measures is a page out of date.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/targets/{year}")
class TargetYearController {

    private final MeasureTargetAdminService admin;
    private final Choices choices;

    TargetYearController(MeasureTargetAdminService admin, Choices choices) {
        this.admin = admin;
        this.choices = choices;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable String year, Model model) {
        List<YearRow> rows = admin.year(strategy.id(), checked(year));
        model.addAttribute("form", TargetYearForm.of(rows));
        return page(strategy, year, rows, false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable String year,
            @ModelAttribute("form") TargetYearForm form,
            BindingResult bound,
            Model model,
            RedirectAttributes redirect) {
        List<YearRow> rows = admin.year(strategy.id(), checked(year));
        boolean untrusted =
                bound.getFieldErrors().stream().anyMatch(e -> e.getField().endsWith("Version"));
        if (untrusted || !form.isFor(rows)) {
            Forms.rebound(form.keeping(rows), null, model).reject("stale", Forms.STALE_PAGE);
            return page(strategy, year, rows, true, model);
        }
        BindingResult errors = Forms.rebound(form, bound, model);
        List<YearFigures> figures = form.figures(rows, errors);
        return Forms.attempt(errors, () -> admin.saveYear(strategy.id(), year, figures, form.reason()))
                .map(done -> Forms.saved(
                        redirect,
                        "Targets and benchmarks for " + year + " saved",
                        "redirect:/admin/strategies/{slug}" + "/targets/{year}"))
                .orElseGet(() -> page(strategy, year, rows, true, model));
    }

    /**
     * The reporting years a strategy covers, from the one it starts in to the one it ends in, each a year whose
     * targets can be set on one page.
     */
    static List<String> years(LocalDate startsOn, LocalDate endsOn) {
        List<String> years = new ArrayList<>();
        ReportingPeriod last =
                ReportingPeriod.parse(ReportingPeriod.quarterOf(endsOn).reportingYear());
        for (ReportingPeriod y = ReportingPeriod.parse(
                        ReportingPeriod.quarterOf(startsOn).reportingYear());
                !y.start().isAfter(last.start());
                y = y.next()) {
            years.add(y.code());
        }
        return years;
    }

    /** The measures of one priority (or of none: "General"), in scorecard order. */
    record Group(String name, List<YearRow> rows) {}

    /** The measures by priority, each run of a priority's measures in scorecard order a group. */
    private static List<Group> groups(List<YearRow> rows, Map<Long, String> priorities) {
        List<Group> groups = new ArrayList<>();
        Long current = null;
        for (YearRow r : rows) {
            Long priority = r.measure().priorityId();
            if (groups.isEmpty() || !Objects.equals(priority, current)) {
                groups.add(new Group(priority == null ? "General" : priorities.get(priority), new ArrayList<>()));
                current = priority;
            }
            groups.getLast().rows().add(r);
        }
        return groups;
    }

    /** The year of the address: a reporting year like 2025-26, or not found. */
    private static String checked(String year) {
        if (!TargetReading.isYear(year) || !year.equals(year.strip())) {
            throw new NotFoundException("Reporting year", year);
        }
        return year;
    }

    private String page(StrategySummary strategy, String year, List<YearRow> rows, boolean failed, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("lastYear", ReportingPeriod.parse(year).previous().code());
        model.addAttribute("groups", groups(rows, choices.priorityNames(strategy.id())));
        model.addAttribute("years", years(strategy.startsOn(), strategy.endsOn()));
        model.addAttribute("hasErrors", failed);
        return "admin/target-year";
    }
}
