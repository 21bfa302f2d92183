package com.cptracker.board.web;

import com.cptracker.board.BoardPages.ActionFilter;
import com.cptracker.board.BoardPages.ScorecardFilter;
import com.cptracker.board.ExceptionReportService;
import com.cptracker.board.ItemPagesService;
import com.cptracker.board.ScorecardService;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.challenges.SubjectKind;
import com.cptracker.status.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board's pages for a strategy and a quarter: scorecard, action plan, exception report, a page per measure, per
 * action and per report of recommendations, and the promise. Filters are plain GET parameters, so they work without JavaScript and can be bookmarked; a filter value
 * that means nothing is ignored rather than refused.
 */
@Controller
class BoardPagesController {

    private final ScorecardService scorecards;
    private final ItemPagesService items;
    private final ExceptionReportService exceptions;
    private final Charts charts;
    private final ChallengeService challenges;

    BoardPagesController(
            ScorecardService scorecards,
            ItemPagesService items,
            ExceptionReportService exceptions,
            Charts charts,
            ChallengeService challenges) {
        this.scorecards = scorecards;
        this.items = items;
        this.exceptions = exceptions;
        this.charts = charts;
        this.challenges = challenges;
    }

    @GetMapping({"/strategies/{slug}/scorecard", "/strategies/{slug}/scorecard/{period}"})
    String scorecard(
            @PathVariable String slug,
            @PathVariable(required = false) String period,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String worsening,
            Model model) {
        var page = scorecards.scorecard(
                slug, period, new ScorecardFilter(key(priority), status(status), "true".equals(worsening)));
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        model.addAttribute("sparklines", charts.sparklines(page));
        model.addAttribute("planGroups", PlanGroup.bySection(page));
        model.addAttribute("wide", true);
        model.addAttribute("statuses", Status.FOR_MEASURES);
        model.addAttribute("mayRaise", ChallengeLinks.mayRaise());
        return "board/scorecard";
    }

    /**
     * The exception report of a quarter: what the strategy's rules put before the board first. The quarter picker
     * asks for {@code ?period=}; the report's own address names the quarter.
     */
    @GetMapping({"/strategies/{slug}/exceptions", "/strategies/{slug}/exceptions/{period}"})
    String exceptions(
            @PathVariable String slug,
            @PathVariable(required = false) String period,
            @RequestParam(name = "period", required = false) String picked,
            Model model) {
        var report = exceptions.report(slug, period != null ? period : picked);
        model.addAttribute("report", report);
        model.addAttribute("strategy", report.context().strategy());
        return "board/exceptions";
    }

    @GetMapping("/strategies/{slug}/actions")
    String actionPlan(
            @PathVariable String slug,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String source,
            Model model) {
        var page = scorecards.actionPlan(
                slug,
                period,
                new ActionFilter(
                        key(priority), lead == null || lead.isBlank() ? null : lead, status(status), id(source)));
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        model.addAttribute("statuses", Status.FOR_ACTIONS);
        model.addAttribute("wide", true);
        return "board/actions";
    }

    @GetMapping("/strategies/{slug}/measures/{ref}")
    String measure(
            @PathVariable String slug,
            @PathVariable String ref,
            @RequestParam(required = false) String period,
            Model model) {
        var page = items.measure(slug, ref, period);
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        model.addAttribute("chart", charts.trend(page.detail()));
        model.addAttribute("chartDescription", charts.describe(page.detail()));
        ChallengeLinks.open(
                model,
                challenges.openOn(
                        page.context().strategy().id(),
                        SubjectKind.MEASURE,
                        page.detail().status().measure().id()));
        return "board/measure";
    }

    @GetMapping("/strategies/{slug}/actions/{ref}")
    String action(
            @PathVariable String slug,
            @PathVariable String ref,
            @RequestParam(required = false) String period,
            Model model) {
        var page = items.action(slug, ref, period);
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        ChallengeLinks.open(
                model,
                challenges.openOn(
                        page.context().strategy().id(),
                        SubjectKind.ACTION,
                        page.status().action().id()));
        return "board/action";
    }

    /** A report whose recommendations the strategy answers: each recommendation and the actions answering it. */
    @GetMapping("/strategies/{slug}/recommendations/{id}")
    String source(
            @PathVariable String slug,
            @PathVariable("id") long source,
            @RequestParam(required = false) String period,
            Model model) {
        var page = items.source(slug, source, period);
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        return "board/source";
    }

    @GetMapping("/strategies/{slug}/promise")
    String promise(@PathVariable String slug, @RequestParam(required = false) String period, Model model) {
        var page = items.promise(slug, period);
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        return "board/promise";
    }

    /** A priority's number ("3") or a theme's key ("t1"); anything else means every priority and theme. */
    private static String key(String value) {
        return value == null || !value.matches("t?\\d{1,3}") ? null : value;
    }

    private static Long id(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    private static Status status(String value) {
        for (Status s : Status.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
