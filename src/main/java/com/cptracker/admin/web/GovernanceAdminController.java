package com.cptracker.admin.web;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyEdit;
import com.cptracker.governance.GovernanceEdits.PartnerEdit;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceService;
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

/** A strategy's governance (the board, its groups, who reports to whom) and its partner organisations. */
@Controller
@RequestMapping("/admin/strategies/{slug}/governance")
class GovernanceAdminController {

    private static final String BODIES = "redirect:/admin/strategies/{slug}/governance";
    private static final String PARTNERS = BODIES + "#partners";

    private final GovernanceAdminService admin;
    private final GovernanceService governance;

    GovernanceAdminController(GovernanceAdminService admin, GovernanceService governance) {
        this.admin = admin;
        this.governance = governance;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        model.addAttribute("bodies", admin.bodies(strategy.id()));
        model.addAttribute("partners", admin.partners(strategy.id()));
        return "admin/governance";
    }

    /** Archives a board or group (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/bodies/{id}/archive")
    String archiveBody(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.body(strategy.id(), id).fields().name();
        form.apply(
                name,
                "reason-body-" + id,
                (archived, reason, version) -> admin.setBodyArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return BODIES;
    }

    /** Archives a partner organisation or brings it back, with a reason. */
    @PostMapping("/partners/{id}/archive")
    String archivePartner(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.partner(strategy.id(), id).fields().name();
        form.apply(
                name,
                "reason-partner-" + id,
                (archived, reason, version) -> admin.setPartnerArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return PARTNERS;
    }

    /** Moves a board or group up or down the list. A page out of date is refused and said so above the list. */
    @PostMapping("/bodies/{id}/move")
    String moveBody(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.body(strategy.id(), id).fields().name();
        form.apply(name, (to, version) -> admin.moveBody(strategy.id(), id, to, version), errors, redirect);
        return BODIES;
    }

    /** Moves a partner up or down the list, which is the order the board's pages show them in. */
    @PostMapping("/partners/{id}/move")
    String movePartner(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String name = admin.partner(strategy.id(), id).fields().name();
        form.apply(name, (to, version) -> admin.movePartner(strategy.id(), id, to, version), errors, redirect);
        return PARTNERS;
    }

    @GetMapping("/bodies/new")
    String createBody(StrategySummary strategy, Model model) {
        model.addAttribute("form", BodyForm.empty());
        return bodyForm(strategy, null, false, model);
    }

    @PostMapping("/bodies/new")
    String createBody(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(errors, () -> admin.createBody(strategy.id(), form.fields()))
                .map(id -> Forms.saved(redirect, form.name().strip() + " added", BODIES))
                .orElseGet(() -> bodyForm(strategy, null, true, model));
    }

    @GetMapping("/bodies/{id}/edit")
    String editBody(StrategySummary strategy, @PathVariable long id, Model model) {
        BodyEdit body = admin.body(strategy.id(), id);
        model.addAttribute("form", BodyForm.of(body));
        return bodyForm(strategy, body, false, model);
    }

    @PostMapping("/bodies/{id}/edit")
    String editBody(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BodyEdit body = admin.body(strategy.id(), id);
        long version = Forms.version(form.version());
        return Forms.attempt(errors, () -> admin.updateBody(strategy.id(), id, form.fields(), version))
                .map(done -> Forms.saved(redirect, form.name().strip() + " saved", BODIES))
                .orElseGet(() -> bodyForm(strategy, body, true, model));
    }

    @GetMapping("/partners/new")
    String createPartner(StrategySummary strategy, Model model) {
        model.addAttribute("form", PartnerForm.empty());
        return partnerForm(null, false, model);
    }

    @PostMapping("/partners/new")
    String createPartner(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") PartnerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(errors, () -> admin.createPartner(strategy.id(), form.fields()))
                .map(id -> Forms.saved(redirect, form.name().strip() + " added", PARTNERS))
                .orElseGet(() -> partnerForm(null, true, model));
    }

    @GetMapping("/partners/{id}/edit")
    String editPartner(StrategySummary strategy, @PathVariable long id, Model model) {
        PartnerEdit partner = admin.partner(strategy.id(), id);
        model.addAttribute("form", PartnerForm.of(partner));
        return partnerForm(partner, false, model);
    }

    @PostMapping("/partners/{id}/edit")
    String editPartner(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PartnerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PartnerEdit partner = admin.partner(strategy.id(), id);
        long version = Forms.version(form.version());
        return Forms.attempt(errors, () -> admin.updatePartner(strategy.id(), id, form.fields(), version))
                .map(done -> Forms.saved(redirect, form.name().strip() + " saved", PARTNERS))
                .orElseGet(() -> partnerForm(partner, true, model));
    }

    private String bodyForm(StrategySummary strategy, BodyEdit body, boolean failed, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("kinds", Option.of(BodyKind.values(), BodyKind::label));
        model.addAttribute(
                "bodies",
                Option.of(
                        governance.bodiesOf(strategy.id()).stream()
                                .filter(b -> body == null || b.id() != body.id())
                                .toList(),
                        Body::id,
                        Body::name));
        model.addAttribute("hasErrors", failed);
        return "admin/body-form";
    }

    private static String partnerForm(PartnerEdit partner, boolean failed, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("hasErrors", failed);
        return "admin/partner-form";
    }
}
