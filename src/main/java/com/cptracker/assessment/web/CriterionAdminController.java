package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.CriterionEdit;
import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import jakarta.validation.Valid;
import java.util.ArrayList;
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

/** The criteria of a strategy's self-assessment framework: add, change, reorder and archive, each with its lead. */
@Controller
@RequestMapping("/admin/strategies/{slug}/self-assessment/criteria")
class CriterionAdminController {

    private static final String CRITERIA = FrameworkAdminController.FRAMEWORK + "#criteria";

    private final FrameworkAdminService admin;
    private final UserAdminService users;

    CriterionAdminController(FrameworkAdminService admin, UserAdminService users) {
        this.admin = admin;
        this.users = users;
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", CriterionForm.empty());
        return form(null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") CriterionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(errors, () -> admin.createCriterion(strategy.id(), form.fields()))
                .map(id -> Forms.saved(redirect, "Criterion added", CRITERIA))
                .orElseGet(() -> form(null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        CriterionEdit criterion = admin.criterion(strategy.id(), id);
        model.addAttribute("form", CriterionForm.of(criterion));
        return form(criterion, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CriterionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CriterionEdit criterion = admin.criterion(strategy.id(), id);
        return Forms.attempt(
                        errors,
                        () -> admin.updateCriterion(strategy.id(), id, form.fields(), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Criterion saved", CRITERIA))
                .orElseGet(() -> form(criterion, true, model));
    }

    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = label(admin.criterion(strategy.id(), id));
        form.apply(name, (to, version) -> admin.moveCriterion(strategy.id(), id, to, version), errors, redirect);
        return CRITERIA;
    }

    /** Archives a criterion (it leaves the board's pages; its ratings are kept) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = label(admin.criterion(strategy.id(), id));
        form.apply(
                name,
                "reason-criterion-" + id,
                (archived, reason, version) -> admin.setCriterionArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return CRITERIA;
    }

    private static String label(CriterionEdit c) {
        return c.fields().ref() == null ? c.fields().title() : c.fields().ref();
    }

    /** The officers who may rate it: enabled officers, and the one already saved even if no longer one. */
    private String form(CriterionEdit criterion, boolean failed, Model model) {
        List<Long> saved = new ArrayList<>();
        if (criterion != null && criterion.fields().leadUserId() != null) {
            saved.add(criterion.fields().leadUserId());
        }
        model.addAttribute("criterion", criterion);
        model.addAttribute("officers", Option.of(users.officers(saved), UserSummary::id, UserSummary::nameAndTitle));
        model.addAttribute("hasErrors", failed);
        return "assessment/criterion-form";
    }
}
