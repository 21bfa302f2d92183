package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.CriterionEdit;
import com.cptracker.assessment.AssessmentEdits.FrameworkEdit;
import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.scale.ScaleStep;
import com.cptracker.scale.ScaleStepForm;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A strategy's self-assessment framework: its name and source, its criteria (see {@link CriterionAdminController})
 * and the council's rating scale, each step added, changed, reordered and archived here.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/self-assessment")
class FrameworkAdminController {

    static final String FRAMEWORK = "redirect:/admin/strategies/{slug}/self-assessment";
    private static final String SCALE = FRAMEWORK + "#scale";

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

    @GetMapping("/scale/new")
    String createLevel(StrategySummary strategy, Model model) {
        model.addAttribute("form", ScaleStepForm.empty());
        return levelForm(null, false, model);
    }

    @PostMapping("/scale/new")
    String createLevel(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep fields = form.step(errors);
        return Forms.attempt(errors, () -> admin.createLevel(strategy.id(), fields))
                .map(id -> Forms.saved(redirect, "Rating " + fields.words() + " added", SCALE))
                .orElseGet(() -> levelForm(null, true, model));
    }

    @GetMapping("/scale/{id}/edit")
    String editLevel(StrategySummary strategy, @PathVariable long id, Model model) {
        ScaleStep.Kept level = admin.level(strategy.id(), id);
        model.addAttribute("form", ScaleStepForm.of(level));
        return levelForm(level, false, model);
    }

    @PostMapping("/scale/{id}/edit")
    String editLevel(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep.Kept level = admin.level(strategy.id(), id);
        ScaleStep fields = form.step(errors);
        return Forms.attempt(errors, () -> admin.updateLevel(strategy.id(), id, fields, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Rating " + fields.words() + " saved", SCALE))
                .orElseGet(() -> levelForm(level, true, model));
    }

    @PostMapping("/scale/{id}/move")
    String moveLevel(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.level(strategy.id(), id).step().words();
        form.apply(name, (to, version) -> admin.moveLevel(strategy.id(), id, to, version), errors, redirect);
        return SCALE;
    }

    /** Archives a rating (it is no longer offered; ratings given with it keep its words) or brings it back. */
    @PostMapping("/scale/{id}/archive")
    String archiveLevel(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.level(strategy.id(), id).step().words();
        form.apply(
                name,
                "reason-level-" + id,
                (archived, reason, version) -> admin.setLevelArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return SCALE;
    }

    private static String levelForm(ScaleStep.Kept level, boolean failed, Model model) {
        model.addAttribute("level", level);
        model.addAttribute("colours", ScaleStepForm.colours());
        model.addAttribute("hasErrors", failed);
        return "assessment/level-form";
    }
}
