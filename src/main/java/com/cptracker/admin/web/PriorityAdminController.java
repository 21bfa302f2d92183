package com.cptracker.admin.web;

import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.common.web.Option;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * A strategy's priorities and the statements under each: create, change, reorder, archive. The pattern every
 * administration screen follows: the strategy is loaded once per request from the address; a form is a typed record
 * checked by Bean Validation and saved through {@link Forms#attempt}; a move or an archive is a button posted with the
 * item's version through its form's {@code apply} ({@link MoveForm#apply}, {@link ArchiveForm#apply}); every redirect is a URI template.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/priorities")
class PriorityAdminController {

    private static final String PRIORITY = "redirect:/admin/strategies/{slug}/priorities/{id}";
    private static final String STATEMENTS = PRIORITY + "#statements";
    private static final List<Option> KINDS = List.of(
            new Option(PriorityKind.PRIORITY.name(), "A priority", "Numbered, like Pledge 3 or Strategic Priority 1"),
            new Option(
                    PriorityKind.THEME.name(),
                    "A theme",
                    "Not numbered: a section that cuts across the priorities, like a cross-cutting theme or golden"
                            + " thread, listed after them"));

    private final PriorityAdminService admin;
    private final StrategyService strategies;
    private final GovernanceService governance;

    PriorityAdminController(PriorityAdminService admin, StrategyService strategies, GovernanceService governance) {
        this.admin = admin;
        this.strategies = strategies;
        this.governance = governance;
    }

    /** A new priority, or a theme with {@code ?kind=THEME}: labelled and numbered after the last of its kind. */
    @GetMapping("/new")
    String create(StrategySummary strategy, @RequestParam(required = false) String kind, Model model) {
        PriorityKind k = PriorityKind.THEME.name().equals(kind) ? PriorityKind.THEME : PriorityKind.PRIORITY;
        List<PriorityHeading> existing = strategies.prioritiesOf(strategy.id()).stream()
                .filter(p -> p.kind() == k)
                .toList();
        String label = existing.isEmpty() ? k.label() : existing.getLast().label();
        Integer number = k == PriorityKind.THEME
                ? null
                : existing.isEmpty() ? 1 : existing.getLast().number() + 1;
        model.addAttribute("form", PriorityForm.empty(k, label, number));
        return form(strategy, null, k, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") PriorityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        return Forms.attempt(errors, () -> admin.createPriority(strategy.id(), form.fields()))
                .map(id ->
                        Forms.saved(redirect.addAttribute("id", id), form.kind().label() + " added", PRIORITY))
                .orElseGet(() -> form(strategy, null, form.kind(), true, model));
    }

    /** A priority's administration: its details and its statements, in order. */
    @GetMapping("/{id}")
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        PriorityEdit priority = admin.priority(strategy.id(), id);
        model.addAttribute("priority", priority);
        model.addAttribute("statements", admin.statements(strategy.id(), id));
        Long workstream = priority.fields().workstreamId();
        model.addAttribute(
                "workstream",
                workstream == null
                        ? null
                        : governance.bodiesById(List.of(workstream)).get(workstream));
        Map<Long, Partner> partners = governance.partnersById(priority.fields().partnerIds());
        model.addAttribute(
                "partners",
                priority.fields().partnerIds().stream()
                        .map(partners::get)
                        .filter(Objects::nonNull)
                        .toList());
        return "admin/priority";
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        PriorityEdit priority = admin.priority(strategy.id(), id);
        model.addAttribute("form", PriorityForm.of(priority));
        return form(strategy, priority, null, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PriorityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PriorityEdit priority = admin.priority(strategy.id(), id);
        form.check(errors);
        return Forms.attempt(
                        errors,
                        () -> admin.updatePriority(strategy.id(), id, form.fields(), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, form.kind().label() + " saved", PRIORITY))
                .orElseGet(() -> form(strategy, priority, null, true, model));
    }

    /** Archives the priority (it leaves the board's pages, never deleted) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        PriorityEdit priority = admin.priority(strategy.id(), id);
        form.apply(
                priority.name(),
                "reason-priority",
                (archived, reason, version) -> admin.setPriorityArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return PRIORITY;
    }

    /** Moves a priority up or down the strategy: its number changes with its place. */
    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        PriorityEdit priority = admin.priority(strategy.id(), id);
        form.apply(
                priority.name(), (to, version) -> admin.movePriority(strategy.id(), id, to, version), errors, redirect);
        return "redirect:/admin/strategies/{slug}#priorities";
    }

    @GetMapping("/{id}/statements/new")
    String createStatement(StrategySummary strategy, @PathVariable long id, Model model) {
        List<StatementEdit> existing = admin.statements(strategy.id(), id);
        model.addAttribute(
                "form",
                StatementForm.empty(
                        existing.isEmpty()
                                ? StatementKind.COMMITMENT
                                : existing.getLast().kind()));
        return statementForm(strategy, id, null, false, model);
    }

    @PostMapping("/{id}/statements/new")
    String createStatement(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") StatementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        admin.priority(strategy.id(), id);
        return Forms.attempt(
                        errors,
                        () -> admin.addStatement(
                                strategy.id(), id, form.kind(), form.text().strip()))
                .map(sid -> Forms.saved(redirect, "Statement added", STATEMENTS))
                .orElseGet(() -> statementForm(strategy, id, null, true, model));
    }

    @GetMapping("/{id}/statements/{statementId}/edit")
    String editStatement(StrategySummary strategy, @PathVariable long id, @PathVariable long statementId, Model model) {
        StatementEdit statement = admin.statement(strategy.id(), id, statementId);
        model.addAttribute("form", StatementForm.of(statement));
        return statementForm(strategy, id, statement, false, model);
    }

    @PostMapping("/{id}/statements/{statementId}/edit")
    String editStatement(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long statementId,
            @Valid @ModelAttribute("form") StatementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StatementEdit statement = admin.statement(strategy.id(), id, statementId);
        return Forms.attempt(
                        errors,
                        () -> admin.updateStatement(
                                strategy.id(),
                                id,
                                statementId,
                                form.kind(),
                                form.text().strip(),
                                Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Statement saved", STATEMENTS))
                .orElseGet(() -> statementForm(strategy, id, statement, true, model));
    }

    /** Archives a statement of the priority or brings it back, with a reason. */
    @PostMapping("/{id}/statements/{statementId}/archive")
    String archiveStatement(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long statementId,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        StatementEdit statement = admin.statement(strategy.id(), id, statementId);
        form.apply(
                statement.kind().label(),
                "reason-statement-" + statementId,
                (archived, reason, version) ->
                        admin.setStatementArchived(strategy.id(), id, statementId, archived, reason, version),
                errors,
                redirect);
        return STATEMENTS;
    }

    @PostMapping("/{id}/statements/{statementId}/move")
    String moveStatement(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long statementId,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        StatementEdit statement = admin.statement(strategy.id(), id, statementId);
        form.apply(
                statement.kind().label(),
                (to, version) -> admin.moveStatement(strategy.id(), id, statementId, to, version),
                errors,
                redirect);
        return STATEMENTS;
    }

    /** The form of a new priority or theme ({@code adding} its kind), or of {@code priority}. */
    private String form(
            StrategySummary strategy, PriorityEdit priority, PriorityKind adding, boolean failed, Model model) {
        model.addAttribute("priority", priority);
        model.addAttribute("theme", adding == PriorityKind.THEME);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("bodies", Option.of(governance.bodiesOf(strategy.id()), Body::id, Body::name));
        model.addAttribute("partners", Option.of(governance.partnersOf(strategy.id()), Partner::id, Partner::name));
        model.addAttribute("hasErrors", failed);
        return "admin/priority-form";
    }

    private String statementForm(
            StrategySummary strategy, long priorityId, StatementEdit statement, boolean failed, Model model) {
        model.addAttribute("priority", admin.priority(strategy.id(), priorityId));
        model.addAttribute("statement", statement);
        model.addAttribute("kinds", Option.of(StatementKind.values(), StatementKind::label));
        model.addAttribute("hasErrors", failed);
        return "admin/statement-form";
    }
}
