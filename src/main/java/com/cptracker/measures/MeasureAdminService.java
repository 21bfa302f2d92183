package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.status.Polarity;
import com.cptracker.status.Target;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds and edits a strategy's measures: what each counts, which way is better, how often it is
 * reported, who owns it and the plan tags of the scorecard. Measures are never deleted; every change is audited.
 * Targets and benchmarks are set apart, in {@link MeasureTargetAdminService}.
 */
@Service
@Transactional(readOnly = true)
public class MeasureAdminService {

    private final MeasureRepository measures;
    private final StrategyService strategies;
    private final UserAdminService users;
    private final AuditService audit;

    MeasureAdminService(
            MeasureRepository measures, StrategyService strategies, UserAdminService users, AuditService audit) {
        this.measures = measures;
        this.strategies = strategies;
        this.users = users;
        this.audit = audit;
    }

    public List<MeasureRow> measures(long strategyId) {
        return measures.findByStrategyIdOrderByPosition(strategyId).stream()
                .map(MeasureAdminService::row)
                .toList();
    }

    /** The measures an account owns, in any strategy. */
    public List<MeasureRow> ownedBy(long userId) {
        return measures.findByOwnerUserIdOrderByStrategyIdAscPositionAsc(userId).stream()
                .map(MeasureAdminService::row)
                .toList();
    }

    public MeasureEdit measure(long strategyId, long measureId) {
        Measure m = find(measures, strategyId, measureId);
        return new MeasureEdit(m.getId(), fields(m), m.isDemo(), m.isActive(), m.getVersion());
    }

    @Transactional
    public long create(long strategyId, MeasureFields f) {
        Changes changes = describe(null, f, check(strategyId, f, null, null));
        int position = (int) measures.countByStrategyId(strategyId) + 1;
        Measure m = measures.save(new Measure(strategyId, position, f, false));
        audit.record("measure", m.getId(), label(m), "CREATE", changes, null);
        return m.getId();
    }

    @Transactional
    public void update(long strategyId, long measureId, MeasureFields f, long expectedVersion) {
        Measure m = find(measures, strategyId, measureId);
        ConcurrentChangeException.check(m.getVersion(), expectedVersion);
        Changes changes = describe(fields(m), f, check(strategyId, f, m.getId(), m.getOwnerUserId()));
        m.update(f);
        audit.recordUpdate("measure", m.getId(), label(m), changes);
    }

    /**
     * Swaps a measure's place in the scorecard with the one before (up) or after it; at either end, nothing moves.
     * Retired measures keep their places, so a measure brought back returns where it was. Refused if the measure
     * changed since the page was shown.
     */
    @Transactional
    public void move(long strategyId, long measureId, Direction direction, long expectedVersion) {
        Measure m = find(measures, strategyId, measureId);
        ConcurrentChangeException.check(m.getVersion(), expectedVersion);
        // A measure's place need not be unique, so nothing has to be written between the swap's steps.
        Reordering.swap(
                        measures.findByStrategyIdOrderByPosition(strategyId),
                        m,
                        direction,
                        Measure::getPosition,
                        Measure::moveTo,
                        () -> {})
                .ifPresent(swap ->
                        audit.recordSwap("measure", "position", swap, Measure::getId, MeasureAdminService::label));
    }

    /**
     * Retires a measure from the scorecard (it leaves the scorecard, the roll-ups and the promise page; its own page
     * and values stay) or brings it back. Never deleted. The reason is required and kept in the audit trail.
     */
    @Transactional
    public void setActive(long strategyId, long measureId, boolean active, String reason, long expectedVersion) {
        Measure m = find(measures, strategyId, measureId);
        ConcurrentChangeException.check(m.getVersion(), expectedVersion);
        ArchiveCheck.reason(reason);
        if (m.isActive() == active) {
            throw new RejectedInput("active", "The measure is already " + (active ? "on the scorecard" : "retired"));
        }
        m.setActive(active);
        audit.record(
                "measure",
                m.getId(),
                label(m),
                active ? "REINSTATE" : "RETIRE",
                Changes.create().field("on the scorecard", active ? "no" : "yes", active ? "yes" : "no"),
                reason.strip());
    }

    private static String label(Measure m) {
        return m.getRef() + ": " + m.getTitle();
    }

    /** Checks what only the services can, and names the owner accounts before and after for the audit trail. */
    private Names check(long strategyId, MeasureFields f, Long self, Long ownerBefore) {
        measures.findByStrategyIdAndRef(strategyId, f.ref())
                .filter(m -> !m.getId().equals(self))
                .ifPresent(m -> {
                    throw new RejectedInput("ref", "Another measure of this strategy already has the ref " + f.ref());
                });
        Map<Long, PriorityDetail> priorities = strategies.prioritiesWithStatements(strategyId).stream()
                .collect(Collectors.toMap(PriorityDetail::id, p -> p));
        if (f.priorityId() != null && !priorities.containsKey(f.priorityId())) {
            throw new RejectedInput("priorityId", "Choose a priority of this strategy, or none");
        }
        if (f.statementId() != null
                && (f.priorityId() == null
                        || priorities.get(f.priorityId()).statements().stream()
                                .noneMatch(s -> s.id() == f.statementId()))) {
            throw new RejectedInput("statementId", "Choose a statement of the chosen priority, or none");
        }
        if (f.polarity() == Polarity.OWNER_RATED && f.unit() != MeasureUnit.QUALITATIVE) {
            throw new RejectedInput(
                    "polarity", "Choose which way is better: only a qualitative measure is rated by its owner");
        }
        // The owner enters the measure's figures: one of the accounts the form offers, never any other id.
        if (f.ownerUserId() != null
                && users.officers(Stream.ofNullable(ownerBefore).toList()).stream()
                        .noneMatch(u -> u.id() == f.ownerUserId())) {
            throw new RejectedInput("ownerUserId", UserAdminService.NOT_OFFERED);
        }
        Map<Long, UserSummary> owners = users.byIds(
                Stream.of(f.ownerUserId(), ownerBefore).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new Names(priorities, owners);
    }

    private record Names(Map<Long, PriorityDetail> priorities, Map<Long, UserSummary> owners) {

        String priority(Long id) {
            return id == null
                    ? null
                    : priorities.containsKey(id) ? priorities.get(id).name() : "#" + id;
        }

        String statement(Long priorityId, Long statementId) {
            if (statementId == null) {
                return null;
            }
            PriorityDetail p = priorityId == null ? null : priorities.get(priorityId);
            return p == null
                    ? "#" + statementId
                    : p.statements().stream()
                            .filter(s -> s.id() == statementId)
                            .map(s -> s.text())
                            .findFirst()
                            .orElse("#" + statementId);
        }

        String owner(Long id) {
            return id == null ? null : owners.containsKey(id) ? owners.get(id).username() : "#" + id;
        }
    }

    /** What the audit trail records of a measure created ({@code before} null) or changed. */
    private static Changes describe(MeasureFields before, MeasureFields after, Names n) {
        return Changes.between(before, after)
                .field("ref", MeasureFields::ref)
                .field("title", MeasureFields::title)
                .field("definition", MeasureFields::definition)
                .field("priority", f -> n.priority(f.priorityId()))
                .field("statement", f -> n.statement(f.priorityId(), f.statementId()))
                .field("unit", f -> f.unit().label())
                .field("polarity", f -> f.polarity().label())
                .field("frequency", f -> f.frequency().label())
                .field("owner", MeasureFields::ownerTitle)
                .field("owner account", f -> n.owner(f.ownerUserId()))
                .field("C&YP Plan priority", MeasureFields::cypPlanPriority)
                .field("corporate priority", MeasureFields::corporatePriority)
                .field("baseline", f -> f.baselineValue() == null ? null : Target.plain(f.baselineValue()))
                .field("baseline when", MeasureFields::baselineWhen)
                .field(
                        "benchmark margin",
                        f -> f.benchmarkMargin() == null
                                ? null
                                : f.benchmarkMargin().describe(null))
                .changes();
    }

    static Measure find(MeasureRepository measures, long strategyId, long measureId) {
        return measures.findById(measureId)
                .filter(m -> Objects.equals(m.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Measure", measureId));
    }

    /** A measure's fields as an administrator enters them: the one way they are read from the entity. */
    static MeasureFields fields(Measure m) {
        return new MeasureFields(
                m.getPriorityId(),
                m.getStatementId(),
                m.getRef(),
                m.getTitle(),
                m.getDefinition(),
                m.getUnit(),
                m.getPolarity(),
                m.getFrequency(),
                m.getOwnerTitle(),
                m.getOwnerUserId(),
                m.getCypPlanPriority(),
                m.getCorporatePriority(),
                m.getBaselineValue(),
                m.getBaselineWhen(),
                m.getBenchmarkMargin());
    }

    static MeasureRow row(Measure m) {
        return new MeasureRow(
                m.getId(),
                m.getStrategyId(),
                m.getPriorityId(),
                m.getRef(),
                m.getTitle(),
                m.getUnit(),
                m.getPolarity(),
                m.getOwnerTitle(),
                m.getOwnerUserId(),
                m.isActive(),
                m.getVersion());
    }
}
