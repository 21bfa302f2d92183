package com.cptracker.work.web;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ProgressUpdateService;
import com.cptracker.actions.ProgressUpdateService.UpdateDraft;
import com.cptracker.actions.ProgressUpdateService.UpdateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import jakarta.validation.Valid;
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

/** A lead's update on an action for the open quarter: saved as a draft or submitted. */
@Controller
@RequestMapping("/strategies/{slug}/actions/{ref}/update")
class UpdateController {

    private final WorkService work;
    private final ProgressUpdateService updates;

    UpdateController(WorkService work, ProgressUpdateService updates) {
        this.work = work;
        this.updates = updates;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable String ref, Model model) {
        Context c = context(strategy, ref);
        UpdateDraft d = updates.draft(c.action().id(), c.open().quarter());
        UpdateForm form = UpdateForm.of(d);
        model.addAttribute("form", form);
        return page(c, form, d.submitted(), false, model);
    }

    /**
     * Every problem at once: what the form itself needs, then, once the assessment is chosen, the rules that need the
     * action (a comment when it would be red or amber, a completion date in the quarter, a later due date).
     */
    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable String ref,
            @Valid @ModelAttribute("form") UpdateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Context c = context(strategy, ref);
        UpdateInput input = form.input(errors);
        if (form.assessment() != null) {
            updates.problems(c.action(), c.open().quarter(), input).forEach(p -> Forms.refuse(errors, p));
        }
        return Forms.attempt(
                        errors, () -> updates.save(strategy.id(), ref, c.open().quarter(), input))
                .map(done -> Forms.saved(
                        redirect,
                        (form.submit() ? "Update submitted for " : "Draft saved for ") + ref + ", "
                                + c.open().quarter().label(),
                        "redirect:/my"))
                .orElseGet(() -> page(c, form, false, true, model));
    }

    private record Context(StrategySummary strategy, ActionSummary action, QuarterStatus open) {}

    private Context context(StrategySummary s, String ref) {
        ActionSummary a = updates.action(s.id(), ref);
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (!ProgressUpdateService.mayUpdate(a, user)) {
            throw new AccessDeniedException("Not a lead of this action");
        }
        QuarterStatus open = work.openQuarter(s).orElseThrow(() -> new NoOpenQuarterException(s.slug()));
        return new Context(s, a, open);
    }

    /** The page; {@code form} as typed, since a form whose binding failed is not in the model, only its fields. */
    private static String page(Context c, UpdateForm form, boolean submitted, boolean failed, Model model) {
        model.addAttribute("action", c.action());
        model.addAttribute("proposing", form.proposes());
        model.addAttribute("open", c.open());
        model.addAttribute("submitted", submitted);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("assessments", Option.of(Assessment.values(), Assessment::label));
        return "work/update";
    }
}
