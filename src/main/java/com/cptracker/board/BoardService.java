package com.cptracker.board;

import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.Overview;
import com.cptracker.board.BoardRecords.PriorityPage;
import com.cptracker.board.BoardRecords.PriorityRollUp;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.StatementGroup;
import com.cptracker.board.BoardRecords.Tally;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.reporting.QuarterState;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.status.RollUp;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the board's view of a strategy in a quarter: statuses, roll-ups and the detail beneath them. */
@Service
@Transactional(readOnly = true)
public class BoardService {

    private final StrategyService strategies;
    private final MeasureStatusService measures;
    private final ActionStatusService actions;
    private final GovernanceService governance;
    private final QuarterService quarterService;

    BoardService(StrategyService strategies, MeasureStatusService measures, ActionStatusService actions,
                 GovernanceService governance, QuarterService quarterService) {
        this.strategies = strategies;
        this.governance = governance;
        this.measures = measures;
        this.actions = actions;
        this.quarterService = quarterService;
    }

    /**
     * The strategy and quarter a page is about. Board members see published quarters only; officers and
     * administrators also see open and closed ones. Without a period, the latest quarter this person may see.
     */
    public QuarterContext context(String slug, String periodCode) {
        StrategySummary strategy = strategies.bySlug(slug);
        boolean insider = CurrentUser.get().map(u -> u.has(Role.OFFICER) || u.has(Role.ADMINISTRATOR))
                .orElse(false);
        List<QuarterStatus> statuses = quarterService.statuses(strategy.id(), strategy.quarters());
        List<QuarterStatus> visible = statuses.stream()
                .filter(q -> q.published() || (insider && q.state() != QuarterState.NOT_OPENED)).toList();
        if (visible.isEmpty()) {
            if (periodCode != null && !periodCode.isBlank()) {
                throw new NotFoundException("Quarter", periodCode);
            }
            // Nothing to show yet: the structure, as at the first quarter, with no figures at all.
            ReportingPeriod first = strategy.quarters().getFirst();
            return new QuarterContext(strategy, first, List.of(), first.start().minusDays(1),
                    QuarterState.NOT_OPENED, null);
        }
        QuarterStatus chosen;
        if (periodCode == null || periodCode.isBlank()) {
            chosen = visible.getLast();
        } else {
            chosen = visible.stream().filter(q -> q.quarter().code().equals(periodCode)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Quarter", periodCode));
        }
        LocalDate visibleUntil = insider ? null : visible.getLast().quarter().end();
        return new QuarterContext(strategy, chosen.quarter(), visible.stream().map(QuarterStatus::quarter).toList(),
                visibleUntil, chosen.state(), chosen.deadline());
    }

    public Overview overview(String slug, String periodCode) {
        QuarterContext context = context(slug, periodCode);
        StrategySummary s = context.strategy();
        List<MeasureStatusView> allMeasures = measures.forStrategy(s.id(), context.quarter(),
                s.benchmarkMarginPercent(), context.visibleUntil());
        List<ActionStatusView> allActions = actions.forStrategy(s.id(), context.quarter(), context.visibleUntil());
        Map<Long, List<MeasureStatusView>> measuresByPriority = allMeasures.stream()
                .filter(m -> m.measure().priorityId() != null)
                .collect(Collectors.groupingBy(m -> m.measure().priorityId()));
        Map<Long, List<ActionStatusView>> actionsByPriority = allActions.stream()
                .collect(Collectors.groupingBy(a -> a.action().priorityId()));
        List<Body> allBodies = governance.bodiesOf(s.id());
        List<Partner> allPartners = governance.partnersOf(s.id());
        Map<Long, String> bodies = allBodies.stream().collect(Collectors.toMap(Body::id, Body::name));
        Map<Long, String> partners = allPartners.stream().collect(Collectors.toMap(Partner::id, Partner::name));
        List<PriorityRollUp> rollUps = strategies.prioritiesWithStatements(s.id()).stream()
                .map(p -> new PriorityRollUp(new PriorityHeading(p.id(), p.label(), p.number(), p.title()), p,
                        p.workstreamId() == null ? null : bodies.get(p.workstreamId()),
                        p.partnerIds().stream().map(partners::get).filter(Objects::nonNull).toList(),
                        tally(statuses(actionsByPriority.get(p.id()), ActionStatusView::status), s.rollUpRule()),
                        tally(statuses(measuresByPriority.get(p.id()), MeasureStatusView::status), s.rollUpRule())))
                .toList();
        return new Overview(context, rollUps,
                tally(statuses(allActions, ActionStatusView::status), s.rollUpRule()),
                tally(statuses(allMeasures, MeasureStatusView::status), s.rollUpRule()),
                allMeasures.stream().filter(m -> m.measure().priorityId() == null).toList(), allBodies, allPartners);
    }

    public PriorityPage priority(String slug, int number, String periodCode) {
        QuarterContext context = context(slug, periodCode);
        StrategySummary s = context.strategy();
        PriorityDetail priority = strategies.priority(s.id(), number);
        List<MeasureStatusView> priorityMeasures = measures.forStrategy(s.id(), context.quarter(),
                s.benchmarkMarginPercent(), context.visibleUntil()).stream()
                .filter(m -> Objects.equals(m.measure().priorityId(), priority.id())).toList();
        List<ActionStatusView> priorityActions = actions.forStrategy(s.id(), context.quarter(), context.visibleUntil()).stream()
                .filter(a -> a.action().priorityId() == priority.id()).toList();
        Map<Long, List<ActionStatusView>> actionsByStatement = priorityActions.stream()
                .filter(a -> a.action().statementId() != null)
                .collect(Collectors.groupingBy(a -> a.action().statementId()));
        Map<Long, List<MeasureStatusView>> measuresByStatement = priorityMeasures.stream()
                .filter(m -> m.measure().statementId() != null)
                .collect(Collectors.groupingBy(m -> m.measure().statementId()));
        List<StatementGroup> groups = priority.statements().stream()
                .map(st -> new StatementGroup(st.kind().label(), st.text(),
                        actionsByStatement.getOrDefault(st.id(), List.of()),
                        measuresByStatement.getOrDefault(st.id(), List.of())))
                .toList();
        return new PriorityPage(context, priority,
                tally(statuses(priorityActions, ActionStatusView::status), s.rollUpRule()),
                tally(statuses(priorityMeasures, MeasureStatusView::status), s.rollUpRule()),
                groups,
                priorityActions.stream().filter(a -> a.action().statementId() == null).toList(),
                priorityMeasures.stream().filter(m -> m.measure().statementId() == null).toList());
    }

    /** Orders refs as people read them: 1a before 1b, P2.9 before P2.10, 1.2 before 1.10. */
    public static final java.util.Comparator<String> REFS = (a, b) -> {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numbers = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0));
            int c = numbers ? new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    static <T> List<Status> statuses(Collection<T> items, java.util.function.Function<T, Status> status) {
        return items == null ? List.of() : items.stream().map(status).toList();
    }

    static Tally tally(List<Status> statuses, RollUpRule rule) {
        Map<Status, Integer> counts = RollUp.count(statuses);
        return new Tally(counts, RollUp.overall(rule, counts), statuses.size());
    }
}
