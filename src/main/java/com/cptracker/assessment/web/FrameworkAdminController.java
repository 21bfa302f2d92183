package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.CriterionEdit;
import com.cptracker.assessment.AssessmentEdits.FrameworkEdit;
import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A strategy's self-assessment framework: its name and source, its criteria (see {@link CriterionAdminController})
 * and the list of the council's rating scale, whose steps {@link AssessmentScaleAdminController} adds, changes,
 * reorders and archives.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/self-assessment")
class FrameworkAdminController {

    static final String FRAMEWORK = "redirect:/admin/strategies/{slug}/self-assessment";

    private final FrameworkAdminService admin;
    private final UserAdminService users;

    FrameworkAdminController(FrameworkAdminService admin, UserAdminService users) {
        this.admin = admin;
        this.users = users;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        var criteria = admin.criteria(strategy.id());
        Map<Long, UserSummary> leads = users.byIds(criteria.stream()
                .map(c -> c.fields().leadUserId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        model.addAttribute("framework", admin.framework(strategy.id()).orElse(null));
        model.addAttribute(
                "criteria",
                criteria.stream()
                        .map(c -> new CriterionRow(
                                c,
                                c.fields().leadUserId() == null
                                        ? null
                                        : leads.get(c.fields().leadUserId()).displayName()))
                        .toList());
        model.addAttribute("levels", admin.levels(strategy.id()));
        return "assessment/framework";
    }

    /** A criterion as the list shows it, with the name of the person who rates it. */
    record CriterionRow(CriterionEdit criterion, String rater) {}

    @GetMapping("/framework")
    String framework(StrategySummary strategy, Model model) {
        FrameworkEdit fw = admin.framework(strategy.id()).orElse(null);
        model.addAttribute("form", fw == null ? FrameworkForm.empty() : FrameworkForm.of(fw));
        return frameworkForm(fw, false, model);
    }

    @PostMapping("/framework")
    String framework(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FrameworkEdit fw = admin.framework(strategy.id()).orElse(null);
        return Forms.attempt(errors, () -> admin.saveFramework(strategy.id(), form.fields(), form.version()))
                .map(done -> Forms.saved(redirect, "Framework saved", FRAMEWORK))
                .orElseGet(() -> frameworkForm(fw, true, model));
    }

    private static String frameworkForm(FrameworkEdit fw, boolean failed, Model model) {
        model.addAttribute("framework", fw);
        model.addAttribute("hasErrors", failed);
        return "assessment/framework-form";
    }
}
