package com.cptracker.scale;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration of a scale's steps, once for every scale: a step added, changed, reordered and archived under the
 * address its subclass maps ({@code .../new}, {@code .../{id}/edit}, {@code .../{id}/move}, {@code .../{id}/archive}),
 * each through the owning module's {@link ScaleAdmin} on the administration pattern (one error summary, what was typed
 * kept, a stale page refused). A subclass names its service, its form page (with {@code fragments/scale :: controls})
 * and where to go back to.
 */
public abstract class ScaleStepController {

    private final ScaleAdmin admin;
    private final String back;
    private final String formPage;

    /**
     * @param back     the redirect after a change, like {@code redirect:/admin/strategies/{slug}/risks/scale}
     * @param formPage the template of the step's form, given {@code form}, {@code level}, {@code colours}
     */
    protected ScaleStepController(ScaleAdmin admin, String back, String formPage) {
        this.admin = admin;
        this.back = back;
        this.formPage = formPage;
    }

    @GetMapping("/new")
    public String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", ScaleStepForm.empty());
        return form(null, false, model);
    }

    @PostMapping("/new")
    public String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep step = form.step(errors);
        return Forms.attempt(errors, () -> admin.createStep(strategy.id(), step))
                .map(id -> Forms.saved(redirect, "Rating " + step.words() + " added", back))
                .orElseGet(() -> form(null, true, model));
    }

    @GetMapping("/{id}/edit")
    public String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        ScaleStep.Kept level = admin.step(strategy.id(), id);
        model.addAttribute("form", ScaleStepForm.of(level));
        return form(level, false, model);
    }

    @PostMapping("/{id}/edit")
    public String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ScaleStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ScaleStep.Kept level = admin.step(strategy.id(), id);
        ScaleStep step = form.step(errors);
        return Forms.attempt(errors, () -> admin.updateStep(strategy.id(), id, step, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Rating " + step.words() + " saved", back))
                .orElseGet(() -> form(level, true, model));
    }

    @PostMapping("/{id}/move")
    public String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.step(strategy.id(), id).step().words();
        form.apply(name, (to, version) -> admin.moveStep(strategy.id(), id, to, version), errors, redirect);
        return back;
    }

    /** Archives a rating (it is no longer offered; what was rated with it keeps its words) or brings it back. */
    @PostMapping("/{id}/archive")
    public String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.step(strategy.id(), id).step().words();
        form.apply(
                name,
                "reason-level-" + id,
                (archived, reason, version) -> admin.setStepArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return back;
    }

    private String form(ScaleStep.Kept level, boolean failed, Model model) {
        model.addAttribute("level", level);
        model.addAttribute("colours", ScaleStepForm.colours());
        model.addAttribute("hasErrors", failed);
        return formPage;
    }
}
