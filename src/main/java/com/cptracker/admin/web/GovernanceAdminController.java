package com.cptracker.admin.web;

import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyEdit;
import com.cptracker.governance.GovernanceEdits.PartnerEdit;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A strategy's governance (the board, its groups, who reports to whom) and its partner organisations. */
@Controller
@RequestMapping("/admin/strategies/{slug}/governance")
class GovernanceAdminController {

    private final GovernanceAdminService admin;
    private final GovernanceService governance;
    private final StrategyService strategies;

    GovernanceAdminController(GovernanceAdminService admin, GovernanceService governance,
                              StrategyService strategies) {
        this.admin = admin;
        this.governance = governance;
        this.strategies = strategies;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        model.addAttribute("strategy", strategy);
        model.addAttribute("bodies", admin.bodies(strategy.id()));
        model.addAttribute("partners", admin.partners(strategy.id()));
        return "admin/governance";
    }

    /** Archives a board or group (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/bodies/{id}/archive")
    String archiveBody(@PathVariable String slug, @PathVariable long id,
                       @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        BodyEdit body = admin.body(strategy.id(), id);
        Forms.archive(redirect, errors, "body-" + id, () -> admin.setBodyArchived(strategy.id(), id, form.toArchived(),
                form.trimmedReason(), form.expectedVersion()), body.fields().name()
                + (form.toArchived() ? " is archived" : " is back on the board's pages"));
        return "redirect:/admin/strategies/" + slug + "/governance";
    }

    /** Archives a partner organisation or brings it back, with a reason. */
    @PostMapping("/partners/{id}/archive")
    String archivePartner(@PathVariable String slug, @PathVariable long id,
                          @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult errors,
                          RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        PartnerEdit partner = admin.partner(strategy.id(), id);
        Forms.archive(redirect, errors, "partner-" + id, () -> admin.setPartnerArchived(strategy.id(), id, form.toArchived(),
                form.trimmedReason(), form.expectedVersion()), partner.fields().name()
                + (form.toArchived() ? " is archived" : " is back on the board's pages"));
        return "redirect:/admin/strategies/" + slug + "/governance#partners";
    }

    /** Moves a board or group up or down the list. A page out of date is refused and said so above the list. */
    @PostMapping("/bodies/{id}/move")
    String moveBody(@PathVariable String slug, @PathVariable long id,
                    @RequestParam(required = false) String direction, @RequestParam(required = false) String version,
                    RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        BodyEdit body = admin.body(strategy.id(), id);
        boolean up = "up".equals(direction);
        Forms.move(redirect, direction, version, expected -> admin.moveBody(strategy.id(), id, up, expected),
                body.fields().name() + " moved " + (up ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/governance";
    }

    /** Moves a partner up or down the list, which is the order the board's pages show them in. */
    @PostMapping("/partners/{id}/move")
    String movePartner(@PathVariable String slug, @PathVariable long id,
                       @RequestParam(required = false) String direction,
                       @RequestParam(required = false) String version, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        PartnerEdit partner = admin.partner(strategy.id(), id);
        boolean up = "up".equals(direction);
        Forms.move(redirect, direction, version, expected -> admin.movePartner(strategy.id(), id, up, expected),
                partner.fields().name() + " moved " + (up ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/governance#partners";
    }

    @GetMapping("/bodies/new")
    String createBody(@PathVariable String slug, Model model) {
        return bodyForm(strategies.bySlug(slug), null, BodyForm.empty(), false, model);
    }

    @PostMapping("/bodies/new")
    String createBody(@PathVariable String slug, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        return Forms.attempt(errors, () -> admin.createBody(strategy.id(), form.fields())).map(id -> {
            redirect.addFlashAttribute("saved", form.name().strip() + " added");
            return "redirect:/admin/strategies/" + slug + "/governance";
        }).orElseGet(() -> bodyForm(strategy, null, form, true, model));
    }

    @GetMapping("/bodies/{id}/edit")
    String editBody(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        BodyEdit body = admin.body(strategy.id(), id);
        return bodyForm(strategy, body, BodyForm.of(body), false, model);
    }

    @PostMapping("/bodies/{id}/edit")
    String editBody(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") BodyForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        BodyEdit body = admin.body(strategy.id(), id);
        return Forms.attempt(errors, () -> admin.updateBody(strategy.id(), id, form.fields(), form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", form.name().strip() + " saved");
                    return "redirect:/admin/strategies/" + slug + "/governance";
                }).orElseGet(() -> bodyForm(strategy, body, form, true, model));
    }

    @GetMapping("/partners/new")
    String createPartner(@PathVariable String slug, Model model) {
        return partnerForm(strategies.bySlug(slug), null, PartnerForm.empty(), false, model);
    }

    @PostMapping("/partners/new")
    String createPartner(@PathVariable String slug, @Valid @ModelAttribute("form") PartnerForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        return Forms.attempt(errors, () -> admin.createPartner(strategy.id(), form.fields())).map(id -> {
            redirect.addFlashAttribute("saved", form.name().strip() + " added");
            return "redirect:/admin/strategies/" + slug + "/governance#partners";
        }).orElseGet(() -> partnerForm(strategy, null, form, true, model));
    }

    @GetMapping("/partners/{id}/edit")
    String editPartner(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        PartnerEdit partner = admin.partner(strategy.id(), id);
        return partnerForm(strategy, partner, PartnerForm.of(partner), false, model);
    }

    @PostMapping("/partners/{id}/edit")
    String editPartner(@PathVariable String slug, @PathVariable long id,
                       @Valid @ModelAttribute("form") PartnerForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        PartnerEdit partner = admin.partner(strategy.id(), id);
        return Forms.attempt(errors, () -> admin.updatePartner(strategy.id(), id, form.fields(),
                        form.expectedVersion())).map(done -> {
                    redirect.addFlashAttribute("saved", form.name().strip() + " saved");
                    return "redirect:/admin/strategies/" + slug + "/governance#partners";
                }).orElseGet(() -> partnerForm(strategy, partner, form, true, model));
    }

    private String bodyForm(StrategySummary strategy, BodyEdit body, BodyForm form, boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("body", body);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("bodies", governance.bodiesOf(strategy.id()).stream()
                .filter(b -> body == null || b.id() != body.id()).toList());
        model.addAttribute("hasErrors", failed);
        return "admin/body-form";
    }

    private static String partnerForm(StrategySummary strategy, PartnerEdit partner, PartnerForm form,
                                      boolean failed, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("partner", partner);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("hasErrors", failed);
        return "admin/partner-form";
    }
}
