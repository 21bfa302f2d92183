package com.cptracker.admin.web;

import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import java.util.List;
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

/** A strategy's priorities and the statements under each: create, change, reorder. */
@Controller
@RequestMapping("/admin/strategies/{slug}/priorities")
class PriorityAdminController {

    private final PriorityAdminService admin;
    private final StrategyService strategies;
    private final GovernanceService governance;

    PriorityAdminController(PriorityAdminService admin, StrategyService strategies, GovernanceService governance) {
        this.admin = admin;
        this.strategies = strategies;
        this.governance = governance;
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        List<PriorityHeading> existing = strategies.prioritiesOf(strategy.id());
        String label = existing.isEmpty() ? "Priority" : existing.getLast().label();
        int number = existing.isEmpty() ? 1 : existing.getLast().number() + 1;
        return form(strategy, null, PriorityForm.empty(label, number), false, model);
    }

    @PostMapping("/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        return Forms.attempt(errors, () -> admin.createPriority(slug, form.fields())).map(id -> {
            redirect.addFlashAttribute("saved", "Priority added");
            return "redirect:/admin/strategies/" + slug + "/priorities/" + id;
        }).orElseGet(() -> form(strategy, null, form, true, model));
    }

    /** A priority's administration: its details and its statements, in order. */
    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        PriorityEdit priority = admin.priority(slug, id);
        model.addAttribute("strategy", strategy);
        model.addAttribute("priority", priority);
        model.addAttribute("statements", admin.statements(slug, id));
        Long workstream = priority.fields().workstreamId();
        model.addAttribute("workstream", workstream == null ? null
                : governance.bodiesById(List.of(workstream)).get(workstream));
        var partners = governance.partnersById(priority.fields().partnerIds());
        model.addAttribute("partners", priority.fields().partnerIds().stream().map(partners::get)
                .filter(java.util.Objects::nonNull).toList());
        return "admin/priority";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        PriorityEdit priority = admin.priority(slug, id);
        return form(strategies.bySlug(slug), priority, PriorityForm.of(priority), false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") PriorityForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        PriorityEdit priority = admin.priority(slug, id);
        return Forms.attempt(errors, () -> admin.updatePriority(slug, id, form.fields(), form.expectedVersion()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Priority saved");
                    return "redirect:/admin/strategies/" + slug + "/priorities/" + id;
                }).orElseGet(() -> form(strategies.bySlug(slug), priority, form, true, model));
    }

    /** Archives the priority (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(@PathVariable String slug, @PathVariable long id,
                   @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        PriorityEdit priority = admin.priority(slug, id);
        Forms.archive(redirect, errors, "priority", () -> admin.setPriorityArchived(slug, id, form.toArchived(),
                form.trimmedReason(), form.expectedVersion()), priority.name()
                + (form.toArchived() ? " is archived" : " is back on the board's pages"));
        return "redirect:/admin/strategies/" + slug + "/priorities/" + id;
    }

    /** Archives a statement of the priority or brings it back, with a reason. */
    @PostMapping("/{id}/statements/{statementId}/archive")
    String archiveStatement(@PathVariable String slug, @PathVariable long id, @PathVariable long statementId,
                            @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult errors,
                            RedirectAttributes redirect) {
        StatementEdit statement = admin.statement(slug, id, statementId);
        Forms.archive(redirect, errors, "statement-" + statementId, () -> admin.setStatementArchived(slug, id, statementId, form.toArchived(),
                form.trimmedReason(), form.expectedVersion()), statement.kind().label()
                + (form.toArchived() ? " archived" : " brought back"));
        return "redirect:/admin/strategies/" + slug + "/priorities/" + id + "#statements";
    }

    /** Moves a priority up or down the strategy: its number changes with its place. */
    @PostMapping("/{id}/move")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam String direction,
                RedirectAttributes redirect) {
        admin.movePriority(slug, id, "up".equals(direction));
        redirect.addFlashAttribute("saved", "Priority moved " + ("up".equals(direction) ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "#priorities";
    }

    @GetMapping("/{id}/statements/new")
    String createStatement(@PathVariable String slug, @PathVariable long id, Model model) {
        List<StatementEdit> existing = admin.statements(slug, id);
        StatementKind kind = existing.isEmpty() ? StatementKind.COMMITMENT : existing.getLast().kind();
        return statementForm(slug, id, null, StatementForm.empty(kind), false, model);
    }

    @PostMapping("/{id}/statements/new")
    String createStatement(@PathVariable String slug, @PathVariable long id,
                           @Valid @ModelAttribute("form") StatementForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        admin.priority(slug, id);
        return Forms.attempt(errors, () -> admin.addStatement(slug, id, form.statementKind(), form.trimmedText()))
                .map(sid -> {
                    redirect.addFlashAttribute("saved", "Statement added");
                    return "redirect:/admin/strategies/" + slug + "/priorities/" + id + "#statements";
                }).orElseGet(() -> statementForm(slug, id, null, form, true, model));
    }

    @GetMapping("/{id}/statements/{statementId}/edit")
    String editStatement(@PathVariable String slug, @PathVariable long id, @PathVariable long statementId,
                         Model model) {
        StatementEdit statement = admin.statement(slug, id, statementId);
        return statementForm(slug, id, statement, StatementForm.of(statement), false, model);
    }

    @PostMapping("/{id}/statements/{statementId}/edit")
    String editStatement(@PathVariable String slug, @PathVariable long id, @PathVariable long statementId,
                         @Valid @ModelAttribute("form") StatementForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        StatementEdit statement = admin.statement(slug, id, statementId);
        return Forms.attempt(errors, () -> admin.updateStatement(slug, id, statementId, form.statementKind(),
                        form.trimmedText(), form.expectedVersion())).map(done -> {
                    redirect.addFlashAttribute("saved", "Statement saved");
                    return "redirect:/admin/strategies/" + slug + "/priorities/" + id + "#statements";
                }).orElseGet(() -> statementForm(slug, id, statement, form, true, model));
    }

    @PostMapping("/{id}/statements/{statementId}/move")
    String moveStatement(@PathVariable String slug, @PathVariable long id, @PathVariable long statementId,
                         @RequestParam String direction, RedirectAttributes redirect) {
        admin.moveStatement(slug, id, statementId, "up".equals(direction));
        redirect.addFlashAttribute("saved", "Statement moved " + ("up".equals(direction) ? "up" : "down"));
        return "redirect:/admin/strategies/" + slug + "/priorities/" + id + "#statements";
    }

    private String form(StrategySummary strategy, PriorityEdit priority, PriorityForm form, boolean failed,
                        Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("priority", priority);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("bodies", governance.bodiesOf(strategy.id()));
        model.addAttribute("partners", governance.partnersOf(strategy.id()));
        model.addAttribute("hasErrors", failed);
        return "admin/priority-form";
    }

    private String statementForm(String slug, long priorityId, StatementEdit statement, StatementForm form,
                                 boolean failed, Model model) {
        model.addAttribute("strategy", strategies.bySlug(slug));
        model.addAttribute("priority", admin.priority(slug, priorityId));
        model.addAttribute("statement", statement);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("kinds", StatementKind.values());
        model.addAttribute("hasErrors", failed);
        return "admin/statement-form";
    }
}
