package com.cptracker.work.web;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ProgressUpdateService;
import com.cptracker.actions.ProgressUpdateService.UpdateDraft;
import com.cptracker.actions.ProgressUpdateService.UpdateInput;
import com.cptracker.actions.ProgressUpdateService.UpdateRefused;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lead's update on an action for the open quarter: saved as a draft or submitted. */
@Controller
class UpdateController {

    private final StrategyService strategies;
    private final WorkService work;
    private final ProgressUpdateService updates;

    UpdateController(StrategyService strategies, WorkService work, ProgressUpdateService updates) {
        this.strategies = strategies;
        this.work = work;
        this.updates = updates;
    }

    @GetMapping("/strategies/{slug}/actions/{ref}/update")
    String show(@PathVariable String slug, @PathVariable String ref, Model model) {
        Context c = context(slug, ref);
        UpdateDraft d = updates.draft(c.action().id(), c.open().quarter());
        UpdateForm form = new UpdateForm(d.progress(), d.assessment() == null ? null : d.assessment().name(),
                text(d.completedOn()), d.riskComment(), text(d.proposedDueDate()), d.proposedDueReason(),
                String.valueOf(d.version()));
        return page(c, form, d.submitted(), false, model);
    }

    @PostMapping("/strategies/{slug}/actions/{ref}/update")
    String save(@PathVariable String slug, @PathVariable String ref, @RequestParam(required = false) String step,
                @Valid @ModelAttribute("form") UpdateForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Context c = context(slug, ref);
        boolean submit = "submit".equals(step);
        LocalDate completed = date(form.completedOn(), "completedOn", "Enter a real date", errors);
        LocalDate proposed = date(form.proposedDueDate(), "proposedDueDate", "Enter a real date", errors);
        if (proposed != null && (form.proposedDueReason() == null || form.proposedDueReason().isBlank())) {
            errors.rejectValue("proposedDueReason", "required", "Say why the due date should change");
        }
        if (proposed == null && form.proposedDueReason() != null && !form.proposedDueReason().isBlank()
                && !errors.hasFieldErrors("proposedDueDate")) {
            errors.rejectValue("proposedDueDate", "required", "Enter the new due date you are proposing");
        }
        if (!errors.hasErrors()) {
            try {
                updates.save(c.strategy().id(), ref, c.open().quarter(), new UpdateInput(form.progress(),
                        Assessment.valueOf(form.assessment()), completed, blankToNull(form.riskComment()), proposed,
                        proposed == null ? null : form.proposedDueReason(), submit, Long.parseLong(form.version())));
                redirect.addFlashAttribute("saved", (submit ? "Update submitted for " : "Draft saved for ")
                        + ref + ", " + c.open().quarter().label());
                return "redirect:/my";
            } catch (UpdateRefused e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (ConcurrentChangeException e) {
                errors.reject("concurrent", ConcurrentChangeException.MESSAGE);
            }
        }
        return page(c, form, false, true, model);
    }

    private record Context(StrategySummary strategy, ActionSummary action, QuarterStatus open) {
    }

    private Context context(String slug, String ref) {
        StrategySummary s = strategies.bySlug(slug);
        ActionSummary a = updates.action(s.id(), ref);
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (!ProgressUpdateService.mayUpdate(a, user)) {
            throw new AccessDeniedException("Not a lead of this action");
        }
        QuarterStatus open = work.openQuarter(s).orElseThrow(() -> new NoOpenQuarterException(s.slug()));
        return new Context(s, a, open);
    }

    private static String page(Context c, UpdateForm form, boolean submitted, boolean failed, Model model) {
        model.addAttribute("strategy", c.strategy());
        model.addAttribute("action", c.action());
        model.addAttribute("open", c.open());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("submitted", submitted);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("assessments", Assessment.values());
        return "work/update";
    }

    private static LocalDate date(String text, String field, String message, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.rejectValue(field, "date", message);
            return null;
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
