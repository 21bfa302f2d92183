package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import com.cptracker.strategy.domain.PriorityStatement;
import com.cptracker.strategy.domain.PriorityStatementRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final GovernanceService governance;
    private final AuditService audit;

    PriorityAdminService(StrategyRepository strategies, PriorityRepository priorities,
                         PriorityStatementRepository statements, GovernanceService governance, AuditService audit) {
        this.strategies = strategies;
        this.priorities = priorities;
        this.statements = statements;
        this.governance = governance;
        this.audit = audit;
    }

    public PriorityEdit priority(String slug, long priorityId) {
        return edit(find(strategy(slug), priorityId));
    }

    public List<StatementEdit> statements(String slug, long priorityId) {
        Priority p = find(strategy(slug), priorityId);
        return statements.findByPriorityIdOrderByPosition(p.getId()).stream().map(PriorityAdminService::edit)
                .toList();
    }

    public StatementEdit statement(String slug, long priorityId, long statementId) {
        return edit(findStatement(find(strategy(slug), priorityId), statementId));
    }

    /** Every priority of the strategy with all its statements, archived ones included, for the administrator. */
    public List<StrategyRecords.PriorityDetail> prioritiesWithStatements(String slug) {
        List<Priority> all = priorities.findByStrategyIdOrderByNumber(strategy(slug).getId());
        return StrategyService.details(all, all.isEmpty() ? List.of()
                : statements.findByPriorityIdInOrderByPriorityIdAscPositionAsc(
                        all.stream().map(Priority::getId).toList()));
    }

    /** The ids of the strategy's archived priorities, to mark them "Archived". */
    public Set<Long> archivedPriorityIds(String slug) {
        return priorities.findByStrategyIdOrderByNumber(strategy(slug).getId()).stream()
                .filter(Priority::isArchived).map(Priority::getId).collect(Collectors.toSet());
    }

    /**
     * Archives a priority (it leaves the board's pages, with everything the board sees of it; it stays in the
     * database and on the administrator's screens) or brings it back. Never deleted. The reason is required and
     * kept in the audit trail.
     */
    @Transactional
    public void setPriorityArchived(String slug, long priorityId, boolean archived, String reason,
                                    long expectedVersion) {
        Priority p = find(strategy(slug), priorityId);
        StrategyAdminService.checkVersion(p.getVersion(), expectedVersion);
        StrategyAdminService.checkReason(reason);
        if (p.isArchived() == archived) {
            throw new RejectedInput("archived", "The priority is already " + (archived ? "archived" : "shown"));
        }
        p.setArchived(archived);
        audit.record("priority", p.getId(), label(p), archived ? "ARCHIVE" : "UNARCHIVE",
                StrategyAdminService.archivedChange(archived), reason.strip());
    }

    /** Archives a commitment, outcome statement or objective, or brings it back, with a reason. */
    @Transactional
    public void setStatementArchived(String slug, long priorityId, long statementId, boolean archived,
                                     String reason, long expectedVersion) {
        Priority p = find(strategy(slug), priorityId);
        PriorityStatement st = findStatement(p, statementId);
        StrategyAdminService.checkVersion(st.getVersion(), expectedVersion);
        StrategyAdminService.checkReason(reason);
        if (st.isArchived() == archived) {
            throw new RejectedInput("archived", "The statement is already " + (archived ? "archived" : "shown"));
        }
        st.setArchived(archived);
        audit.record("statement", st.getId(), label(p) + ": " + st.getText(), archived ? "ARCHIVE" : "UNARCHIVE",
                StrategyAdminService.archivedChange(archived), reason.strip());
    }

    @Transactional
    public long createPriority(String slug, PriorityFields f) {
        Strategy s = strategy(slug);
        checkNumberFree(s.getId(), f.number(), null);
        Names names = names(s.getId(), f);
        Priority p = priorities.save(new Priority(s.getId(), f.label(), f.number(), f.title(), f.statement(),
                f.vision(), f.challenge(), f.leadTitle(), f.workstreamId(), f.partnerIds()));
        audit.record("priority", p.getId(), f.label() + " " + f.number() + ": " + f.title(), "CREATE",
                Changes.create().set("label", f.label()).set("number", f.number()).set("title", f.title())
                        .set("statement", f.statement()).set("vision", f.vision()).set("challenge", f.challenge())
                        .set("lead", f.leadTitle()).set("workstream", names.workstream(f.workstreamId()))
                        .set("key partners", names.partners(f.partnerIds())), null);
        return p.getId();
    }

    @Transactional
    public void updatePriority(String slug, long priorityId, PriorityFields f, long expectedVersion) {
        Strategy s = strategy(slug);
        Priority p = find(s, priorityId);
        StrategyAdminService.checkVersion(p.getVersion(), expectedVersion);
        checkNumberFree(s.getId(), f.number(), p.getId());
        Names names = names(s.getId(), f);
        Changes changes = Changes.create().field("label", p.getLabel(), f.label())
                .field("number", p.getNumber(), f.number()).field("title", p.getTitle(), f.title())
                .field("statement", p.getStatement(), f.statement()).field("vision", p.getVision(), f.vision())
                .field("challenge", p.getChallenge(), f.challenge()).field("lead", p.getLeadTitle(), f.leadTitle())
                .field("workstream", names.workstream(p.getWorkstreamId()), names.workstream(f.workstreamId()))
                .field("key partners", names.partners(p.getPartnerIds()), names.partners(f.partnerIds()));
        p.update(f.label(), f.number(), f.title(), f.statement(), f.vision(), f.challenge(), f.leadTitle(),
                f.workstreamId(), f.partnerIds());
        if (!changes.isEmpty()) {
            audit.record("priority", p.getId(), label(p), "UPDATE", changes, null);
        }
    }

    /** Swaps a priority's number with the one before (up) or after it; at either end, nothing moves. */
    @Transactional
    public void movePriority(String slug, long priorityId, boolean up) {
        Strategy s = strategy(slug);
        List<Priority> all = priorities.findByStrategyIdOrderByNumber(s.getId());
        Priority p = find(s, priorityId);
        int i = all.indexOf(p);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return;
        }
        Priority other = all.get(j);
        int from = p.getNumber();
        int to = other.getNumber();
        // Numbers are unique at every moment, so the swap goes through a free number.
        p.renumber(all.getLast().getNumber() + 1);
        priorities.flush();
        other.renumber(from);
        priorities.flush();
        p.renumber(to);
        audit.record("priority", p.getId(), label(p), "MOVE", Changes.create().field("number", from, to), null);
        audit.record("priority", other.getId(), label(other), "MOVE", Changes.create().field("number", to, from),
                null);
    }

    @Transactional
    public long addStatement(String slug, long priorityId, StatementKind kind, String text) {
        Priority p = find(strategy(slug), priorityId);
        List<PriorityStatement> all = statements.findByPriorityIdOrderByPosition(p.getId());
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        PriorityStatement st = statements.save(new PriorityStatement(p.getId(), kind, position, text));
        audit.record("statement", st.getId(), label(p) + ": " + text, "CREATE", Changes.create()
                .set("kind", kind.label()).set("text", text).set("position", position), null);
        return st.getId();
    }

    @Transactional
    public void updateStatement(String slug, long priorityId, long statementId, StatementKind kind, String text,
                                long expectedVersion) {
        Priority p = find(strategy(slug), priorityId);
        PriorityStatement st = findStatement(p, statementId);
        StrategyAdminService.checkVersion(st.getVersion(), expectedVersion);
        Changes changes = Changes.create().field("kind", st.getKind().label(), kind.label())
                .field("text", st.getText(), text);
        st.update(kind, text);
        if (!changes.isEmpty()) {
            audit.record("statement", st.getId(), label(p) + ": " + text, "UPDATE", changes, null);
        }
    }

    @Transactional
    public void moveStatement(String slug, long priorityId, long statementId, boolean up) {
        Priority p = find(strategy(slug), priorityId);
        List<PriorityStatement> all = statements.findByPriorityIdOrderByPosition(p.getId());
        PriorityStatement st = findStatement(p, statementId);
        int i = all.indexOf(st);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return;
        }
        PriorityStatement other = all.get(j);
        int from = st.getPosition();
        int to = other.getPosition();
        st.moveTo(all.getLast().getPosition() + 1);
        statements.flush();
        other.moveTo(from);
        statements.flush();
        st.moveTo(to);
        audit.record("statement", st.getId(), label(p) + ": " + st.getText(), "MOVE",
                Changes.create().field("position", from, to), null);
        audit.record("statement", other.getId(), label(p) + ": " + other.getText(), "MOVE",
                Changes.create().field("position", to, from), null);
    }

    private void checkNumberFree(long strategyId, int number, Long self) {
        priorities.findByStrategyIdAndNumber(strategyId, number).filter(p -> !p.getId().equals(self))
                .ifPresent(p -> {
                    throw new RejectedInput("number", "Number " + number + " is already " + label(p)
                            + ": choose another");
                });
    }

    /** Checks that the workstream and partners are the strategy's own, and names them for the audit trail. */
    private Names names(long strategyId, PriorityFields f) {
        Map<Long, String> bodies = governance.bodiesOf(strategyId).stream()
                .collect(Collectors.toMap(Body::id, Body::name));
        Map<Long, String> partners = governance.partnersOf(strategyId).stream()
                .collect(Collectors.toMap(Partner::id, Partner::name));
        if (f.workstreamId() != null && !bodies.containsKey(f.workstreamId())) {
            throw new RejectedInput("workstreamId", "Choose a group of this strategy's governance");
        }
        if (!partners.keySet().containsAll(f.partnerIds())) {
            throw new RejectedInput("partnerIds", "Choose partners of this strategy");
        }
        return new Names(bodies, partners);
    }

    private record Names(Map<Long, String> bodies, Map<Long, String> partners) {

        String workstream(Long id) {
            return id == null ? null : bodies.getOrDefault(id, "#" + id);
        }

        String partners(List<Long> ids) {
            return String.join("; ", ids.stream().map(id -> partners.getOrDefault(id, "#" + id)).toList());
        }
    }

    private Strategy strategy(String slug) {
        return strategies.findBySlug(slug).orElseThrow(() -> new NotFoundException("Strategy", slug));
    }

    private Priority find(Strategy s, long priorityId) {
        return priorities.findById(priorityId).filter(p -> Objects.equals(p.getStrategyId(), s.getId()))
                .orElseThrow(() -> new NotFoundException("Priority", priorityId));
    }

    private PriorityStatement findStatement(Priority p, long statementId) {
        return statements.findById(statementId).filter(st -> Objects.equals(st.getPriorityId(), p.getId()))
                .orElseThrow(() -> new NotFoundException("Statement", statementId));
    }

    private static String label(Priority p) {
        return p.getLabel() + " " + p.getNumber() + ": " + p.getTitle();
    }

    private static PriorityEdit edit(Priority p) {
        return new PriorityEdit(p.getId(), p.getStrategyId(), new PriorityFields(p.getLabel(), p.getNumber(),
                p.getTitle(), p.getStatement(), p.getVision(), p.getChallenge(), p.getLeadTitle(), p.getWorkstreamId(),
                p.getPartnerIds()), p.isArchived(), p.getVersion());
    }

    private static StatementEdit edit(PriorityStatement st) {
        return new StatementEdit(st.getId(), st.getPriorityId(), st.getKind(), st.getPosition(), st.getText(),
                st.isArchived(), st.getVersion());
    }
}
