package com.cptracker.board;

import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.board.ExceptionReport.CaughtAction;
import com.cptracker.board.ExceptionReport.CaughtMeasure;
import com.cptracker.board.ExceptionReport.Group;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.status.ActionRules;
import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import com.cptracker.status.ExceptionRules.ActionSignals;
import com.cptracker.status.ExceptionRules.MeasureSignals;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quarter's exception report, by the rules the strategy had when the quarter was published (or has now, for a
 * quarter not yet published). A fixed number of queries whatever the strategy's size.
 */
@Service
@Transactional(readOnly = true)
public class ExceptionReportService {

    private final BoardService board;
    private final ActionService actions;

    ExceptionReportService(BoardService board, ActionService actions) {
        this.board = board;
        this.actions = actions;
    }

    public ExceptionReport report(String slug, String period) {
        QuarterFrame f = board.frame(slug, period);
        return report(slug, f, board.measures(f), board.actions(f));
    }

    /**
     * The report of a quarter already framed, from its measures and actions already evaluated, as the board pack reads
     * it with its other parts.
     */
    ExceptionReport report(
            String slug, QuarterFrame f, List<MeasureStatusView> allMeasures, List<ActionStatusView> all) {
        QuarterContext context = f.context();
        ExceptionRules rules = f.edition().strategy().exceptionRules();
        List<CaughtMeasure> measures = allMeasures.stream()
                .map(m -> new CaughtMeasure(m, names(rules, rules.caught(signals(m)))))
                .filter(c -> !c.caughtBy().isEmpty())
                .toList();
        // Before anything is published no rule catches anything (every status is "not yet published"), and there is
        // no moment the board saw the due dates at: none are counted.
        Map<Long, Integer> moves = context.asAt().isNothingYet()
                ? Map.of()
                : actions.dueDateMoves(all.stream().map(a -> a.action().id()).toList(), keptAt(context));
        Map<Long, Status> before = lastQuarter(slug, context);
        Map<Long, String> partners = f.edition().partnerNames();
        List<CaughtAction> caughtActions = all.stream()
                .map(a -> caught(a, rules, moves.getOrDefault(a.action().id(), 0), before, partners))
                .filter(c -> !c.caughtBy().isEmpty())
                .toList();
        return new ExceptionReport(context, rules.stated(), groups(f.edition().headings(), measures, caughtActions));
    }

    private static MeasureSignals signals(MeasureStatusView m) {
        return new MeasureSignals(
                m.status(), m.sincePrevious(), m.benchmarks().vsStatNeighbour(), m.missedTargetRunning());
    }

    private static CaughtAction caught(
            ActionStatusView a,
            ExceptionRules rules,
            int moves,
            Map<Long, Status> before,
            Map<Long, String> partnerNames) {
        List<ExceptionRule> caught =
                rules.caught(new ActionSignals(a.status(), a.overdue(), a.updatedThisQuarter(), moves));
        Status last = before.get(a.action().id());
        String owners = Stream.concat(
                        a.action().leads().stream().map(Lead::jobTitle),
                        StrategyEdition.namesOf(a.action().partnerIds(), partnerNames).stream())
                .collect(Collectors.joining("; "));
        return new CaughtAction(a, names(rules, caught), last, ActionRules.direction(last, a.status()), owners, moves);
    }

    private static List<String> names(ExceptionRules rules, List<ExceptionRule> caught) {
        return caught.stream().map(rules::label).toList();
    }

    /**
     * Due dates moved by the time the board's edition of the quarter was kept (its latest correction, if any), or by
     * its first publication for a quarter published before editions were kept; every move for a quarter not published.
     */
    private static Instant keptAt(QuarterContext context) {
        if (context.edition() != null) {
            return context.edition().createdAt();
        }
        return context.asAt().published() ? context.asAt().publishedAt() : null;
    }

    /** Each action's status in the quarter before, as that quarter's pages show it; none when it is not shown. */
    private Map<Long, Status> lastQuarter(String slug, QuarterContext context) {
        ReportingPeriod previous = context.quarter().previous();
        if (!context.quarters().contains(previous)) {
            return Map.of();
        }
        return board.actions(board.frame(slug, previous.code())).stream()
                .collect(Collectors.toMap(a -> a.action().id(), ActionStatusView::status));
    }

    private static List<Group> groups(
            List<PriorityHeading> priorities, List<CaughtMeasure> measures, List<CaughtAction> actions) {
        Map<Long, List<CaughtMeasure>> measuresBy = measures.stream()
                .filter(m -> m.view().measure().priorityId() != null)
                .collect(Collectors.groupingBy(m -> m.view().measure().priorityId()));
        Map<Long, List<CaughtAction>> actionsBy = actions.stream()
                .collect(Collectors.groupingBy(a -> a.view().action().priorityId()));
        List<Group> groups = new ArrayList<>();
        List<CaughtMeasure> general = measures.stream()
                .filter(m -> m.view().measure().priorityId() == null)
                .toList();
        if (!general.isEmpty()) {
            groups.add(new Group("General", null, general, List.of()));
        }
        for (PriorityHeading p : priorities) {
            List<CaughtMeasure> m = measuresBy.getOrDefault(p.id(), List.of());
            List<CaughtAction> a = actionsBy.getOrDefault(p.id(), List.of());
            if (!m.isEmpty() || !a.isEmpty()) {
                groups.add(new Group(p.name() + ": " + p.title(), p, m, a));
            }
        }
        return groups;
    }
}
