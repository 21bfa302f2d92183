package com.cptracker.board;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.WorkAreaReport;
import com.cptracker.actions.WorkAreaUpdateService;
import com.cptracker.board.BoardRecords.Overview;
import com.cptracker.board.BoardRecords.PriorityPage;
import com.cptracker.board.BoardRecords.PriorityRollUp;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.board.BoardRecords.StatementGroup;
import com.cptracker.board.BoardRecords.Tally;
import com.cptracker.common.AsAt;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.reporting.QuarterState;
import com.cptracker.status.RollUp;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.Status;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
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
    private final QuarterService quarterService;
    private final Editions editions;
    private final WorkAreaUpdateService workAreas;

    BoardService(
            StrategyService strategies,
            MeasureStatusService measures,
            ActionStatusService actions,
            QuarterService quarterService,
            Editions editions,
            WorkAreaUpdateService workAreas) {
        this.strategies = strategies;
        this.measures = measures;
        this.actions = actions;
        this.quarterService = quarterService;
        this.editions = editions;
        this.workAreas = workAreas;
    }

    /**
     * The strategy and quarter a page is about, and the strategy as that quarter's pages show it. Board members see
     * published quarters only; officers and administrators also see open and closed ones. Without a period, the
     * latest quarter this person may see.
     */
    public QuarterFrame frame(String slug, String periodCode) {
        StrategySummary strategy = strategies.bySlug(slug);
        boolean insider = CurrentUser.get()
                .map(u -> u.has(Role.OFFICER) || u.has(Role.ADMINISTRATOR))
                .orElse(false);
        List<QuarterStatus> statuses = quarterService.statuses(strategy.id(), strategy.quarters());
        List<QuarterStatus> visible = statuses.stream()
                .filter(q -> q.published() || (insider && q.state() != QuarterState.NOT_OPENED))
                .toList();
        if (visible.isEmpty()) {
            if (periodCode != null && !periodCode.isBlank()) {
                throw new NotFoundException("Quarter", periodCode);
            }
            // Nothing to show yet: the structure, as at the first quarter, with no figures or updates at all.
            ReportingPeriod first = strategy.quarters().getFirst();
            StrategyEdition now = editions.now(strategy);
            return new QuarterFrame(
                    new QuarterContext(
                            strategy,
                            first,
                            List.of(),
                            AsAt.nothingYet(first),
                            QuarterState.NOT_OPENED,
                            null,
                            null,
                            now.boardName()),
                    now);
        }
        QuarterStatus chosen;
        if (periodCode == null || periodCode.isBlank()) {
            chosen = visible.getLast();
        } else {
            chosen = visible.stream()
                    .filter(q -> q.quarter().code().equals(periodCode))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Quarter", periodCode));
        }
        Editions.Shown shown = editions.forQuarter(strategy, chosen);
        return new QuarterFrame(
                new QuarterContext(
                        shown.edition().strategy(),
                        chosen.quarter(),
                        visible.stream().map(QuarterStatus::quarter).toList(),
                        chosen.asAt(),
                        chosen.state(),
                        chosen.deadline(),
                        shown.header(),
                        shown.edition().boardName()),
                shown.edition());
    }

    /** The measures on the scorecard, each in the quarter. */
    List<MeasureStatusView> measures(QuarterFrame f) {
        return measures(f, m -> true);
    }

    /** The measures on the scorecard that {@code keep} keeps, each in the quarter: only those are read and evaluated. */
    List<MeasureStatusView> measures(QuarterFrame f, Predicate<MeasureSummary> keep) {
        return measures.evaluate(
                f.edition().scorecardMeasures().stream()
                        .filter(p -> keep.test(p.measure()))
                        .toList(),
                f.context().asAt(),
                f.edition().strategy());
    }

    /** Every action, in the quarter. */
    List<ActionStatusView> actions(QuarterFrame f) {
        return actions(f, a -> true);
    }

    /** The actions that {@code keep} keeps, in the quarter: only those are read and evaluated. */
    List<ActionStatusView> actions(QuarterFrame f, Predicate<ActionSummary> keep) {
        return actions.evaluate(
                f.edition().actions().stream().filter(keep).toList(),
                f.context().asAt());
    }

    public Overview overview(String slug, String periodCode) {
        QuarterFrame f = frame(slug, periodCode);
        StrategyEdition e = f.edition();
        RollUpRule rule = e.strategy().rollUpRule();
        List<MeasureStatusView> allMeasures = measures(f);
        List<ActionStatusView> allActions = actions(f);
        Map<Long, List<MeasureStatusView>> measuresByPriority = allMeasures.stream()
                .filter(m -> m.measure().priorityId() != null)
                .collect(Collectors.groupingBy(m -> m.measure().priorityId()));
        Map<Long, List<ActionStatusView>> actionsByPriority = allActions.stream()
                .collect(Collectors.groupingBy(a -> a.action().priorityId()));
        Map<Long, String> bodies = e.bodyNames();
        Map<Long, String> partners = e.partnerNames();
        List<PriorityRollUp> rollUps = e.priorities().stream()
                .map(p -> new PriorityRollUp(
                        p.heading(),
                        p,
                        p.workstreamId() == null ? null : bodies.get(p.workstreamId()),
                        p.partnerIds().stream()
                                .map(partners::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        tally(statuses(actionsByPriority.get(p.id()), ActionStatusView::status), rule),
                        tally(statuses(measuresByPriority.get(p.id()), MeasureStatusView::status), rule)))
                .toList();
        return new Overview(
                f.context(),
                rollUps,
                tally(statuses(allActions, ActionStatusView::status), rule),
                tally(statuses(allMeasures, MeasureStatusView::status), rule),
                allMeasures.stream()
                        .filter(m -> m.measure().priorityId() == null)
                        .toList(),
                e.bodies(),
                e.partners(),
                e.sections(),
                e.promises(),
                e.sources());
    }

    /** The page of a priority by its number, or of a theme by its place among the themes. */
    public PriorityPage priority(String slug, PriorityKind kind, int number, String periodCode) {
        QuarterFrame f = frame(slug, periodCode);
        StrategyEdition e = f.edition();
        RollUpRule rule = e.strategy().rollUpRule();
        PriorityDetail priority = e.priorities().stream()
                .filter(p -> p.kind() == kind && p.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind.label(), slug + "/" + number));
        List<MeasureStatusView> priorityMeasures = measures(f, m -> Objects.equals(m.priorityId(), priority.id()));
        List<ActionStatusView> priorityActions = actions(f, a -> a.priorityId() == priority.id());
        Map<Long, List<ActionStatusView>> actionsByStatement = priorityActions.stream()
                .filter(a -> a.action().statementId() != null)
                .collect(Collectors.groupingBy(a -> a.action().statementId()));
        Map<Long, List<MeasureStatusView>> measuresByStatement = priorityMeasures.stream()
                .filter(m -> m.measure().statementId() != null)
                .collect(Collectors.groupingBy(m -> m.measure().statementId()));
        List<StatementGroup> groups = priority.statements().stream()
                .map(st -> new StatementGroup(
                        st.kind().label(),
                        st.text(),
                        actionsByStatement.getOrDefault(st.id(), List.of()),
                        measuresByStatement.getOrDefault(st.id(), List.of())))
                .toList();
        return new PriorityPage(
                f.context(),
                priority,
                tally(statuses(priorityActions, ActionStatusView::status), rule),
                tally(statuses(priorityMeasures, MeasureStatusView::status), rule),
                groups,
                priorityActions.stream()
                        .filter(a -> a.action().statementId() == null)
                        .toList(),
                priorityMeasures.stream()
                        .filter(m -> m.measure().statementId() == null)
                        .toList(),
                e.bodies().stream()
                        .filter(b -> Objects.equals(b.id(), priority.workstreamId()))
                        .findFirst()
                        .orElse(null),
                e.partners().stream()
                        .filter(p -> priority.partnerIds().contains(p.id()))
                        .toList(),
                workAreas.shown(List.of(priority.id()), f.context().asAt(), null));
    }

    /**
     * The work areas' updates for the quarter itself that it shows (as the board saw them once it is published), by
     * priority id, in one query.
     */
    Map<Long, WorkAreaReport> workAreaUpdates(QuarterFrame f) {
        return workAreas
                .shown(
                        f.edition().priorities().stream()
                                .map(PriorityDetail::id)
                                .toList(),
                        f.context().asAt(),
                        f.context().quarter())
                .stream()
                .collect(Collectors.toMap(WorkAreaReport::priorityId, Function.identity()));
    }

    /** Orders refs as people read them: 1a before 1b, P2.9 before P2.10, 1.2 before 1.10. */
    public static final Comparator<String> REFS = (a, b) -> {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numbers = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0));
            int c = numbers ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    static <T> List<Status> statuses(Collection<T> items, Function<T, Status> status) {
        return items == null ? List.of() : items.stream().map(status).toList();
    }

    static Tally tally(List<Status> statuses, RollUpRule rule) {
        Map<Status, Integer> counts = RollUp.count(statuses);
        return new Tally(counts, RollUp.overall(rule, counts), statuses.size());
    }
}
