package com.cptracker.admin.web;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.strategy.SectionAdminService;
import com.cptracker.strategy.StrategyEdits.SectionEdit;
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

/** The strategy's narrative in the council's words: add, change, reorder, archive and restore its sections. */
@Controller
@RequestMapping("/admin/strategies/{slug}/sections")
class SectionAdminController {

    private static final String SECTIONS = "redirect:/admin/strategies/{slug}/sections";

    private final SectionAdminService admin;

    SectionAdminController(SectionAdminService admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        model.addAttribute("sections", admin.sections(strategy.id()));
        return "admin/sections";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", SectionForm.empty());
        return form(null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(errors, () -> admin.add(strategy.id(), form.fields()))
                .map(id -> Forms.saved(redirect, "Section added", SECTIONS))
                .orElseGet(() -> form(null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        SectionEdit section = admin.section(strategy.id(), id);
        model.addAttribute("form", SectionForm.of(section));
        return form(section, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SectionEdit section = admin.section(strategy.id(), id);
        return Forms.attempt(
                        errors, () -> admin.update(strategy.id(), id, form.fields(), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Section saved", SECTIONS))
                .orElseGet(() -> form(section, true, model));
    }

    /** Archives the section (it leaves the board's pages, never deleted) or restores it, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SectionEdit section = admin.section(strategy.id(), id);
        form.apply(
                "Section " + section.fields().heading(),
                "reason-section-" + id,
                (archived, reason, version) -> admin.setArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return SECTIONS;
    }

    /** Moves a section up or down the narrative, as the overview reads it. */
    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        admin.section(strategy.id(), id);
        form.apply("Section", (to, version) -> admin.move(strategy.id(), id, to, version), errors, redirect);
        return SECTIONS;
    }

    private static String form(SectionEdit section, boolean failed, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("hasErrors", failed);
        return "admin/section-form";
    }
}
