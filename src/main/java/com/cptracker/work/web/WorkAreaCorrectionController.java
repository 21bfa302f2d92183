package com.cptracker.work.web;

import com.cptracker.actions.WorkAreaUpdateService;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaDraft;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaInput;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.web.Forms;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import jakarta.validation.Valid;
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
 * An administrator corrects a work area's update the board has seen: the only way it changes once its quarter is
 * published. The correction needs a reason, is shown as revised with it wherever the update is shown, and the audit
 * trail keeps what the update said before. A quarter not published, or one with no submitted update, is not found.
 */
@Controller
@RequestMapping("/strategies/{slug}/priorities/{number}/corrections/{period}")
class WorkAreaCorrectionController {

    private final WorkAreaUpdateService updates;
    private final QuarterService quarters;

    WorkAreaCorrectionController(WorkAreaUpdateService updates, QuarterService quarters) {
        this.updates = updates;
        this.quarters = quarters;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable int number, @PathVariable String period, Model model) {
        Target t = target(strategy, number, period);
        model.addAttribute("form", WorkAreaForm.of(t.saved()));
        return page(t, false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable int number,
            @PathVariable String period,
            @Valid @ModelAttribute("form") WorkAreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Target t = target(strategy, number, period);
        WorkAreaInput input = form.input(errors);
        String reason = form.reason(errors, WorkAreaUpdateService.CORRECTION_NEEDS_REASON);
        return Forms.attempt(errors, () -> updates.correct(strategy.id(), number, t.quarter(), input, reason))
                .map(done -> Forms.saved(
                        redirect,
                        "Update on " + t.workArea().name() + " for "
                                + t.quarter().label() + " revised",
                        "redirect:/strategies/{slug}/priorities/{number}?period={period}"))
                .orElseGet(() -> page(t, true, model));
    }

    private record Target(WorkArea workArea, ReportingPeriod quarter, WorkAreaDraft saved) {}

    private Target target(StrategySummary s, int number, String code) {
        WorkArea w = updates.workArea(s.id(), number);
        ReportingPeriod quarter = quarters.statuses(s.id(), s.quarters()).stream()
                .filter(q -> q.published() && q.quarter().code().equals(code))
                .map(QuarterStatus::quarter)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Published quarter", code));
        WorkAreaDraft saved = updates.draft(w.id(), quarter);
        if (!saved.submitted()) {
            throw new NotFoundException("Work area update", code);
        }
        return new Target(w, quarter, saved);
    }

    private static String page(Target t, boolean failed, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("assessments", WorkAreaUpdateController.ASSESSMENTS);
        return "work/work-area-correction";
    }
}
