package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import com.cptracker.status.Mark;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyRecords.ExceptionRuleSettings;
import com.cptracker.strategy.StrategyRecords.NewPriority;
import com.cptracker.strategy.StrategyRecords.NewPromise;
import com.cptracker.strategy.StrategyRecords.NewStatement;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.PriorityIds;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.Section;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.strategy.StrategyRecords.StatusSettings;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import com.cptracker.strategy.domain.PriorityStatement;
import com.cptracker.strategy.domain.PriorityStatementRepository;
import com.cptracker.strategy.domain.Promise;
import com.cptracker.strategy.domain.PromiseRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import com.cptracker.strategy.domain.StrategySection;
import com.cptracker.strategy.domain.StrategySectionRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Strategies, their priorities and statements, their narrative and their promise to children. */
@Service
@Transactional(readOnly = true)
public class StrategyService {

    private final StrategyRepository strategies;
    private final StrategySectionRepository sections;
    private final PriorityRepository priorities;
    private final PriorityStatementRepository statements;
    private final PromiseRepository promises;
    private final AuditService audit;

    StrategyService(
            StrategyRepository strategies,
            StrategySectionRepository sections,
            PriorityRepository priorities,
            PriorityStatementRepository statements,
            PromiseRepository promises,
            AuditService audit) {
        this.audit = audit;
        this.strategies = strategies;
        this.sections = sections;
        this.priorities = priorities;
        this.statements = statements;
        this.promises = promises;
    }

    @Transactional
    public long createStrategy(NewStrategy s) {
        Strategy saved = strategies.save(new Strategy(s.fields(), s.demo()));
        int position = 0;
        for (Section section : s.sections()) {
            sections.save(new StrategySection(saved.getId(), ++position, section.heading(), section.body()));
        }
        return saved.getId();
    }

    @Transactional
    public PriorityIds addPriority(long strategyId, NewPriority p) {
        Priority saved = priorities.save(new Priority(strategyId, p.fields()));
        Map<String, Long> ids = new LinkedHashMap<>();
        int position = 0;
        for (NewStatement st : p.statements()) {
            Long id = statements
                    .save(new PriorityStatement(saved.getId(), st.kind(), ++position, st.text()))
                    .getId();
            if (ids.putIfAbsent(st.key(), id) != null) {
                throw new IllegalArgumentException("Two statements share the key " + st.key());
            }
        }
        return new PriorityIds(saved.getId(), ids);
    }

    @Transactional
    public void addPromises(long strategyId, List<NewPromise> newPromises) {
        int position = promises.findByStrategyIdOrderByPosition(strategyId).size();
        for (NewPromise p : newPromises) {
            promises.save(new Promise(strategyId, ++position, p.fields()));
        }
    }

    /**
     * An administrator's choice of roll-up rule, benchmark margin and small-number mark for a strategy; a mark that
     * {@link Mark#problemWithSmallNumberMark} refuses is refused here too.
     */
    @Transactional
    public void changeStatusSettings(
            long strategyId, RollUpRule rule, SimilarMargin margin, String smallNumberMark, long expectedVersion) {
        String problem = Mark.problemWithSmallNumberMark(smallNumberMark);
        if (problem != null) {
            throw new RejectedInput("smallNumberMark", problem);
        }
        String mark = smallNumberMark.strip();
        Strategy strategy = strategy(strategyId);
        ConcurrentChangeException.check(strategy.getVersion(), expectedVersion);
        Changes changes = Changes.create()
                .field("roll-up rule", strategy.getRollUpRule().label(), rule.label())
                .field("benchmark margin", strategy.getBenchmarkMargin().describe(null), margin.describe(null))
                .field("small-number mark", strategy.getSmallNumberMark(), mark);
        strategy.changeStatusSettings(rule, margin, mark);
        audit.record("strategy", strategy.getId(), strategy.getTitle(), "UPDATE", changes, null);
    }

    /** The strategy's exception rules as they stand, with the version an edit must quote. */
    public ExceptionRuleSettings exceptionRules(long strategyId) {
        Strategy s = strategy(strategyId);
        return new ExceptionRuleSettings(s.getExceptionRules(), s.getVersion());
    }

    /** Changes which rules choose the exceptions of quarters not yet published; audited, refused on a stale page. */
    @Transactional
    public void changeExceptionRules(long strategyId, ExceptionRules rules, long expectedVersion) {
        Strategy strategy = strategy(strategyId);
        ConcurrentChangeException.check(strategy.getVersion(), expectedVersion);
        ExceptionRules before = strategy.getExceptionRules();
        Changes changes = Changes.create();
        for (ExceptionRule rule : ExceptionRule.values()) {
            changes.field(rule.genericLabel(), before.isOn(rule) ? "on" : "off", rules.isOn(rule) ? "on" : "off");
        }
        changes.field("quarters running", before.missedTargetQuarters(), rules.missedTargetQuarters())
                .field("due date moves", before.dueDateMoves(), rules.dueDateMoves());
        strategy.changeExceptionRules(rules);
        audit.record("strategy", strategy.getId(), strategy.getTitle(), "UPDATE", changes, null);
    }

    public StatusSettings statusSettings(long strategyId) {
        Strategy s = strategy(strategyId);
        SimilarMargin margin = s.getBenchmarkMargin();
        return new StatusSettings(
                s.getRollUpRule(), margin.amount(), margin.unit(), s.getSmallNumberMark(), s.getVersion());
    }

    private Strategy strategy(long strategyId) {
        return strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("Strategy", strategyId));
    }

    public long count() {
        return strategies.count();
    }

    /** Every strategy, newest first. */
    public List<StrategySummary> strategies() {
        return strategies.findAllByOrderByStartsOnDesc().stream()
                .map(StrategyService::summary)
                .toList();
    }

    /** The strategy in force: the newest with status CURRENT, else the newest of all. */
    public Optional<StrategySummary> current() {
        List<StrategySummary> all = strategies();
        return all.stream()
                .filter(s -> s.status() == StrategyStatus.CURRENT)
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    public List<StrategySummary> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : strategies.findAllById(ids).stream()
                        .map(StrategyService::summary)
                        .sorted(Comparator.comparing(StrategySummary::startsOn).reversed())
                        .toList();
    }

    public StrategySummary byId(long id) {
        return strategies
                .findById(id)
                .map(StrategyService::summary)
                .orElseThrow(() -> new NotFoundException("Strategy", id));
    }

    public StrategySummary bySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("Strategy", slug));
    }

    public Optional<StrategySummary> findBySlug(String slug) {
        return strategies.findBySlug(slug).map(StrategyService::summary);
    }

    /** The strategy's narrative as the board's pages show it: archived sections are left out. */
    public List<Section> sectionsOf(long strategyId) {
        return sections.findByStrategyIdAndArchivedFalseOrderByPosition(strategyId).stream()
                .map(s -> new Section(s.getHeading(), s.getBody()))
                .toList();
    }

    public List<PriorityHeading> prioritiesOf(long strategyId) {
        return priorities.findByStrategyIdAndArchivedFalseOrderByKindAscNumberAsc(strategyId).stream()
                .map(p -> new PriorityHeading(p.getId(), p.getLabel(), p.getNumber(), p.getTitle(), p.getKind()))
                .toList();
    }

    /** The strategy's priority numbered {@code number} (a theme has no number). */
    public PriorityDetail priority(long strategyId, int number) {
        Priority p = priorities
                .findByStrategyIdAndKindAndNumberAndArchivedFalse(strategyId, PriorityKind.PRIORITY, number)
                .orElseThrow(() -> new NotFoundException("Priority", strategyId + "/" + number));
        return details(List.of(p), statements.findByPriorityIdAndArchivedFalseOrderByPosition(p.getId()))
                .getFirst();
    }

    /** A priority of the strategy as its quarterly reporting sees it; archived or unknown is not found. */
    public WorkArea workArea(long strategyId, int number) {
        return priorities
                .findByStrategyIdAndKindAndNumberAndArchivedFalse(strategyId, PriorityKind.PRIORITY, number)
                .map(StrategyService::workArea)
                .orElseThrow(() -> new NotFoundException("Priority", strategyId + "/" + number));
    }

    /** The priorities this person reports on as work areas, in every strategy, in one query. */
    public List<WorkArea> workAreasLedBy(long userId) {
        return priorities
                .findByLeadUserIdAndKindAndReportsAsWorkAreaTrueAndArchivedFalseOrderByStrategyIdAscNumberAsc(
                        userId, PriorityKind.PRIORITY)
                .stream()
                .map(StrategyService::workArea)
                .toList();
    }

    static WorkArea workArea(Priority p) {
        return new WorkArea(
                p.getId(),
                p.getStrategyId(),
                p.getLabel(),
                p.getNumber(),
                p.getTitle(),
                p.getLeadTitle(),
                p.getLeadUserId(),
                p.reportsAsWorkArea(),
                p.getVersion());
    }

    /** Every priority of a strategy with its statements, in two queries. */
    public List<PriorityDetail> prioritiesWithStatements(long strategyId) {
        List<Priority> all = priorities.findByStrategyIdAndArchivedFalseOrderByKindAscNumberAsc(strategyId);
        return details(
                all,
                all.isEmpty()
                        ? List.of()
                        : statements.findByPriorityIdInAndArchivedFalseOrderByPriorityIdAscPositionAsc(
                                all.stream().map(Priority::getId).toList()));
    }

    /** Priorities with their statements, as given (the administrator's screens include archived ones). */
    static List<PriorityDetail> details(List<Priority> all, List<PriorityStatement> sts) {
        Map<Long, List<Statement>> byPriority = new LinkedHashMap<>();
        sts.forEach(s -> byPriority
                .computeIfAbsent(s.getPriorityId(), k -> new ArrayList<>())
                .add(new Statement(s.getId(), s.getKind(), s.getPosition(), s.getText())));
        return all.stream()
                .map(p -> PriorityAdminService.fields(p)
                        .detail(p.getId(), p.getStrategyId(), byPriority.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    public List<PromiseView> promisesOf(long strategyId) {
        return promises.findByStrategyIdAndArchivedFalseOrderByPosition(strategyId).stream()
                .map(p -> StrategyAdminService.fields(p).view(p.getId(), p.getPosition()))
                .toList();
    }

    private static StrategySummary summary(Strategy s) {
        return StrategyAdminService.fields(s)
                .summary(
                        s.getId(),
                        s.isDemo(),
                        s.getRollUpRule(),
                        s.getBenchmarkMargin(),
                        s.getExceptionRules(),
                        s.getSmallNumberMark());
    }
}
