package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.List;
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
 * Whether a priority reports quarterly as a work area, and which officer writes that update: where a council's leads
 * report on a whole priority or work area rather than per action, the update is then due on the lead's own page each
 * quarter.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/priorities/{id}/reporting")
class WorkAreaReportingController {

    private static final List<Option> CHOICES = List.of(
            new Option(
                    "true",
                    "Reports quarterly as a work area",
                    "Its lead writes an update on the priority as a whole each quarter, beside its actions' updates"),
            new Option("false", "Reports through its actions only", null));

    private final PriorityAdminService admin;
    private final Choices choices;

    WorkAreaReportingController(PriorityAdminService admin, Choices choices) {
        this.admin = admin;
        this.choices = choices;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        WorkArea w = admin.workArea(strategy.id(), id);
        model.addAttribute("form", WorkAreaReportingForm.of(w));
        return page(w, false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") WorkAreaReportingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkArea w = admin.workArea(strategy.id(), id);
        return Forms.attempt(
                        errors,
                        () -> admin.setWorkAreaReporting(
                                strategy.id(),
                                id,
                                form.leadUserId(),
                                Boolean.TRUE.equals(form.reportsAsWorkArea()),
                                Forms.version(form.version())))
                .map(done -> Forms.saved(
                        redirect, "Quarterly reporting saved", "redirect:/admin/strategies/{slug}/priorities/{id}"))
                .orElseGet(() -> page(w, true, model));
    }

    private String page(WorkArea w, boolean failed, Model model) {
        model.addAttribute("workArea", w);
        model.addAttribute("choices", CHOICES);
        model.addAttribute("officers", choices.officers(Collections.singleton(w.leadUserId())));
        model.addAttribute("hasErrors", failed);
        return "admin/work-area-reporting";
    }
}
