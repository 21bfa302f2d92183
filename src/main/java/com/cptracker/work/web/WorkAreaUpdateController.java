package com.cptracker.work.web;

import com.cptracker.actions.WorkAreaUpdateService;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaDraft;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaInput;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
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
 * A work area's update for the open quarter: its lead (or an administrator) saves it as a draft or submits it, and an
 * administrator may return a submitted one to the lead with a comment.
 */
@Controller
@RequestMapping("/strategies/{slug}/priorities/{number}/update")
class WorkAreaUpdateController {

    /** The assessments a work area's lead chooses from: a work area as a whole is never complete. */
    static final List<Option> ASSESSMENTS = Option.of(
            new Assessment[] {Assessment.ON_TRACK, Assessment.AT_RISK, Assessment.OFF_TRACK}, Assessment::label);

    private final WorkService work;
    private final WorkAreaUpdateService updates;

    WorkAreaUpdateController(WorkService work, WorkAreaUpdateService updates) {
        this.work = work;
        this.updates = updates;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable int number, Model model) {
        Context c = context(strategy, number);
        WorkAreaDraft d = updates.draft(c.workArea().id(), c.open().quarter());
        model.addAttribute("form", WorkAreaForm.of(d));
        return page(c, d, false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable int number,
            @Valid @ModelAttribute("form") WorkAreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Context c = context(strategy, number);
        WorkAreaInput input = form.input(errors);
        return Forms.attempt(
                        errors,
                        () -> updates.save(strategy.id(), number, c.open().quarter(), input))
                .map(done -> Forms.saved(
                        redirect,
                        (form.submit() ? "Update submitted for " : "Draft saved for ")
                                + c.workArea().name() + ", "
                                + c.open().quarter().label(),
                        "redirect:/my"))
                .orElseGet(
                        () -> page(c, updates.draft(c.workArea().id(), c.open().quarter()), true, model));
    }

    /** An administrator sends the submitted update back to its lead, saying what it needs. */
    @PostMapping("/return")
    String sendBack(
            StrategySummary strategy,
            @PathVariable int number,
            @Valid @ModelAttribute("form") WorkAreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Context c = context(strategy, number);
        String comment = form.reason(errors, WorkAreaUpdateService.RETURN_NEEDS_COMMENT);
        return Forms.attempt(
                        errors,
                        () -> updates.returnToLead(
                                strategy.id(), number, c.open().quarter(), comment, Forms.version(form.version())))
                .map(done -> Forms.saved(
                        redirect,
                        "Update on " + c.workArea().name() + " returned to its lead",
                        "redirect:/strategies/{slug}/priorities/{number}/update"))
                .orElseGet(
                        () -> page(c, updates.draft(c.workArea().id(), c.open().quarter()), true, model));
    }

    private record Context(WorkArea workArea, QuarterStatus open) {}

    private Context context(StrategySummary s, int number) {
        WorkArea w = updates.workArea(s.id(), number);
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (!WorkAreaUpdateService.mayUpdate(w, user)) {
            throw new AccessDeniedException("Not the lead of this work area");
        }
        QuarterStatus open = work.openQuarter(s).orElseThrow(() -> new NoOpenQuarterException(s.slug()));
        return new Context(w, open);
    }

    private static String page(Context c, WorkAreaDraft saved, boolean failed, Model model) {
        model.addAttribute("workArea", c.workArea());
        model.addAttribute("open", c.open());
        model.addAttribute("saved", saved);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("assessments", ASSESSMENTS);
        return "work/work-area-update";
    }
}
