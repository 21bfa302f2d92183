package com.cptracker.risks.web;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.risks.RiskScaleAdminService;
import com.cptracker.scale.ScaleStep;
import com.cptracker.scale.ScaleStepForm;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
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
 * A strategy's scale for rating its issues and risks, on the administration pattern: each step added, changed,
 * reordered and archived with the same form and table as the self-assessment's scale ({@code fragments/scale.html}).
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/risks/scale")
class RiskScaleAdminController {

    private static final String SCALE = "redirect:/admin/strategies/{slug}/risks/scale";

    private final RiskScaleAdminService admin;

    RiskScaleAdminController(RiskScaleAdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        model.addAttribute("levels", admin.levels(strategy.id()));
        return "risks/scale";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", ScaleStepForm.empty());
        return form(null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep step = form.step(errors);
        return Forms.attempt(errors, () -> admin.create(strategy.id(), step))
                .map(id -> Forms.saved(redirect, "Rating " + step.words() + " added", SCALE))
                .orElseGet(() -> form(null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        ScaleStep.Kept level = admin.level(strategy.id(), id);
        model.addAttribute("form", ScaleStepForm.of(level));
        return form(level, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep.Kept level = admin.level(strategy.id(), id);
        ScaleStep step = form.step(errors);
        return Forms.attempt(errors, () -> admin.update(strategy.id(), id, step, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Rating " + step.words() + " saved", SCALE))
                .orElseGet(() -> form(level, true, model));
    }

    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.level(strategy.id(), id).step().words();
        form.apply(name, (to, version) -> admin.move(strategy.id(), id, to, version), errors, redirect);
        return SCALE;
    }

    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.level(strategy.id(), id).step().words();
        form.apply(
                name,
                "reason-level-" + id,
                (archived, reason, version) -> admin.setArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return SCALE;
    }

    private static String form(ScaleStep.Kept level, boolean failed, Model model) {
        model.addAttribute("level", level);
        model.addAttribute("colours", ScaleStepForm.colours());
        model.addAttribute("hasErrors", failed);
        return "risks/scale-form";
    }
}
