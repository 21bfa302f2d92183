package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PriorityRow;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import com.cptracker.strategy.domain.PriorityStatement;
import com.cptracker.strategy.domain.PriorityStatementRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets up a strategy's priorities (in the council's own words: pledge, strategic priority,
 * outcome) and the commitments, outcome statements and objectives under each. Nothing is deleted; every change is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class PriorityAdminService {

    private final StrategyRepository strategies;
    private final PriorityRepository priorities;
    private final PriorityStatementRepository statements;
    private final PriorityChecks checks;
    private final AuditService audit;
    private final UserAdminService users;

    PriorityAdminService(
            StrategyRepository strategies,
            PriorityRepository priorities,
            PriorityStatementRepository statements,
            PriorityChecks checks,
            AuditService audit,
            UserAdminService users) {
        this.strategies = strategies;
        this.priorities = priorities;
        this.statements = statements;
        this.checks = checks;
        this.audit = audit;
        this.users = users;
    }

    public PriorityEdit priority(long strategyId, long priorityId) {
        return edit(find(strategyId, priorityId));
    }

    public List<StatementEdit> statements(long strategyId, long priorityId) {
        Priority p = find(strategyId, priorityId);
        return statements.findByPriorityIdOrderByPosition(p.getId()).stream()
                .map(PriorityAdminService::edit)
                .toList();
    }

    public StatementEdit statement(long strategyId, long priorityId, long statementId) {
        return edit(findStatement(find(strategyId, priorityId), statementId));
    }

    /** Every priority of the strategy in order, archived ones included, for the administrator's list. */
    public List<PriorityRow> rows(long strategyId) {
        List<Priority> all = priorities.findByStrategyIdOrderByKindAscNumberAsc(
                strategy(strategyId).getId());
        Map<Long, Long> counts = all.isEmpty()
                ? Map.of()
                : statements
                        .findByPriorityIdInOrderByPriorityIdAscPositionAsc(
                                all.stream().map(Priority::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(PriorityStatement::getPriorityId, Collectors.counting()));
        return all.stream()
                .map(p -> new PriorityRow(
                        p.getId(),
                        p.getKind().name(p.getLabel(), p.getNumber()),
                        p.getTitle(),
                        counts.getOrDefault(p.getId(), 0L).intValue(),
                        p.isArchived(),
                        p.getVersion(),
                        p.getKind()))
                .toList();
    }

    /**
     * Archives a priority (it leaves the board's pages, with everything the board sees of it; it stays in the
     * database and on the administrator's screens) or brings it back. Never deleted. The reason is required and
     * kept in the audit trail.
     */
    @Transactional
    public void setPriorityArchived(
            long strategyId, long priorityId, boolean archived, String reason, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        ArchiveCheck.archive("priority", p.isArchived(), archived, reason);
        p.setArchived(archived);
        audit.recordArchive("priority", p.getId(), label(p), archived, reason);
    }

    /** Archives a commitment, outcome statement or objective, or brings it back, with a reason. */
    @Transactional
    public void setStatementArchived(
            long strategyId, long priorityId, long statementId, boolean archived, String reason, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        PriorityStatement st = findStatement(p, statementId, expectedVersion);
        ArchiveCheck.archive("statement", st.isArchived(), archived, reason);
        st.setArchived(archived);
        audit.recordArchive("statement", st.getId(), label(p) + ": " + st.getText(), archived, reason);
    }

    @Transactional
    public long createPriority(long strategyId, PriorityFields f) {
        Strategy s = strategy(strategyId);
        PriorityChecks.Checked checked = checks.check(s.getId(), f, null);
        Priority p = priorities.save(new Priority(s.getId(), checked.fields()));
        audit.record("priority", p.getId(), label(p), "CREATE", checked.changes(), null);
        return p.getId();
    }

    @Transactional
    public void updatePriority(long strategyId, long priorityId, PriorityFields f, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        PriorityChecks.Checked checked = checks.check(strategyId, f, p);
        p.update(checked.fields());
        audit.recordUpdate("priority", p.getId(), label(p), checked.changes());
    }

    /** The priority's quarterly reporting as an administrator sets it. */
    public WorkArea workArea(long strategyId, long priorityId) {
        return StrategyService.workArea(find(strategyId, priorityId));
    }

    /**
     * Sets whether the priority reports quarterly as a work area and which officer's account writes that update
     * (needed when it does): one of the accounts the form offers ({@link UserAdminService#officers(Collection)}).
     */
    @Transactional
    public void setWorkAreaReporting(
            long strategyId, long priorityId, Long leadUserId, boolean reports, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        Map<Long, String> offered = users.officers(Collections.singleton(p.getLeadUserId())).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        if (leadUserId != null && !offered.containsKey(leadUserId)) {
            throw new RejectedInput("leadUserId", UserAdminService.NOT_OFFERED);
        }
        if (reports && p.getKind() == PriorityKind.THEME) {
            throw new RejectedInput(
                    "reportsAsWorkArea",
                    "A theme's quarterly update is not written as a work area: its actions are updated one by one");
        }
        if (reports && leadUserId == null) {
            throw new RejectedInput("leadUserId", "Choose the officer who writes the work area's quarterly update");
        }
        Changes changes = Changes.create()
                .field("lead's account", name(offered, p.getLeadUserId()), name(offered, leadUserId))
                .field("reports quarterly as a work area", p.reportsAsWorkArea(), reports);
        p.setWorkAreaReporting(leadUserId, reports);
        priorities.flush();
        audit.recordUpdate("priority", p.getId(), label(p), changes);
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.getOrDefault(id, "#" + id);
    }

    /**
     * Moves a priority one place up or down the priorities, swapping numbers with its neighbour (its number changes
     * with its place), or a theme among the themes; at either end, nothing moves. Refused if the page showed another
     * version of it.
     */
    @Transactional
    public void movePriority(long strategyId, long priorityId, Direction direction, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        List<Priority> all = priorities.findByStrategyIdOrderByKindAscNumberAsc(strategyId).stream()
                .filter(other -> other.getKind() == p.getKind())
                .toList();
        Reordering.swap(all, p, direction, Priority::getNumber, Priority::renumber, priorities::flush)
                .ifPresent(swap ->
                        audit.recordSwap("priority", "number", swap, Priority::getId, PriorityAdminService::label));
    }

    @Transactional
    public long addStatement(long strategyId, long priorityId, StatementKind kind, String text) {
        Priority p = find(strategyId, priorityId);
        List<PriorityStatement> all = statements.findByPriorityIdOrderByPosition(p.getId());
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        PriorityStatement st = statements.save(new PriorityStatement(p.getId(), kind, position, text));
        audit.record(
                "statement",
                st.getId(),
                label(p) + ": " + text,
                "CREATE",
                Changes.create().set("kind", kind.label()).set("text", text).set("position", position),
                null);
        return st.getId();
    }

    @Transactional
    public void updateStatement(
            long strategyId, long priorityId, long statementId, StatementKind kind, String text, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        PriorityStatement st = findStatement(p, statementId, expectedVersion);
        Changes changes = Changes.create()
                .field("kind", st.getKind().label(), kind.label())
                .field("text", st.getText(), text);
        st.update(kind, text);
        audit.recordUpdate("statement", st.getId(), label(p) + ": " + text, changes);
    }

    /** Moves a statement one place up or down its priority; refused if the page showed another version of it. */
    @Transactional
    public void moveStatement(
            long strategyId, long priorityId, long statementId, Direction direction, long expectedVersion) {
        Priority p = find(strategyId, priorityId);
        PriorityStatement st = findStatement(p, statementId, expectedVersion);
        List<PriorityStatement> all = statements.findByPriorityIdOrderByPosition(p.getId());
        Reordering.swap(
                        all,
                        st,
                        direction,
                        PriorityStatement::getPosition,
                        PriorityStatement::moveTo,
                        statements::flush)
                .ifPresent(swap -> audit.recordSwap(
                        "statement", "position", swap, PriorityStatement::getId, s -> label(p) + ": " + s.getText()));
    }

    private Strategy strategy(long strategyId) {
        return strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("Strategy", strategyId));
    }

    /** The strategy's priority: a 404 for an unknown strategy, or a priority of another. */
    private Priority find(long strategyId, long priorityId) {
        Strategy s = strategy(strategyId);
        return priorities
                .findById(priorityId)
                .filter(p -> Objects.equals(p.getStrategyId(), s.getId()))
                .orElseThrow(() -> new NotFoundException("Priority", priorityId));
    }

    /** The priority's statement as the page showed it: refused if it has changed since. */
    private PriorityStatement findStatement(Priority p, long statementId, long expectedVersion) {
        PriorityStatement st = findStatement(p, statementId);
        ConcurrentChangeException.check(st.getVersion(), expectedVersion);
        return st;
    }

    private PriorityStatement findStatement(Priority p, long statementId) {
        return statements
                .findById(statementId)
                .filter(st -> Objects.equals(st.getPriorityId(), p.getId()))
                .orElseThrow(() -> new NotFoundException("Statement", statementId));
    }

    static String label(Priority p) {
        return p.getKind().name(p.getLabel(), p.getNumber()) + ": " + p.getTitle();
    }

    private static PriorityEdit edit(Priority p) {
        return new PriorityEdit(p.getId(), p.getStrategyId(), fields(p), p.isArchived(), p.getVersion());
    }

    /** A priority's fields as an administrator enters them: the one way they are read from the entity. */
    static PriorityFields fields(Priority p) {
        return new PriorityFields(
                p.getLabel(),
                p.getNumber(),
                p.getTitle(),
                p.getStatement(),
                p.getVision(),
                p.getChallenge(),
                p.getLeadTitle(),
                p.getWorkstreamId(),
                p.getPartnerIds(),
                p.getKind());
    }

    private static StatementEdit edit(PriorityStatement st) {
        return new StatementEdit(
                st.getId(),
                st.getPriorityId(),
                st.getKind(),
                st.getPosition(),
                st.getText(),
                st.isArchived(),
                st.getVersion());
    }
}
