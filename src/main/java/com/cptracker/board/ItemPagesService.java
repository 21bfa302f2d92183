package com.cptracker.board;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardPages.ActionPage;
import com.cptracker.board.BoardPages.MeasurePage;
import com.cptracker.board.BoardPages.PromiseItem;
import com.cptracker.board.BoardPages.PromisePage;
import com.cptracker.board.BoardPages.RecommendationItem;
import com.cptracker.board.BoardPages.SourcePage;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.common.NotFoundException;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.recommendations.Recommendations;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A page per measure and per action, and the promise to children. */
@Service
@Transactional(readOnly = true)
public class ItemPagesService {

    private final BoardService board;
    private final MeasureStatusService measures;
    private final ActionService actionService;
    private final ActionStatusService actions;

    ItemPagesService(
            BoardService board,
            MeasureStatusService measures,
            ActionService actionService,
            ActionStatusService actions) {
        this.board = board;
        this.measures = measures;
        this.actionService = actionService;
        this.actions = actions;
    }

    public MeasurePage measure(String slug, String ref, String period) {
        QuarterFrame f = board.frame(slug, period);
        StrategyEdition e = f.edition();
        MeasurePlan plan = e.measure(ref).orElseThrow(() -> new NotFoundException("Measure", ref));
        return measurePage(f, plan, measures.detail(plan, f.context().asAt(), e.strategy()));
    }

    /** Every measure on the scorecard as its page shows it, in scorecard order, in one query for all their values. */
    List<MeasurePage> measurePages(QuarterFrame f) {
        StrategyEdition e = f.edition();
        List<MeasurePlan> plans = e.scorecardMeasures();
        List<MeasureDetail> details = measures.details(plans, f.context().asAt(), e.strategy());
        List<MeasurePage> pages = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            pages.add(measurePage(f, plans.get(i), details.get(i)));
        }
        return pages;
    }

    private static MeasurePage measurePage(QuarterFrame f, MeasurePlan plan, MeasureDetail detail) {
        Long priorityId = plan.measure().priorityId();
        PriorityDetail priority =
                priorityId == null ? null : f.edition().priority(priorityId).orElse(null);
        return new MeasurePage(
                f.context(),
                heading(priority),
                statementText(priority, plan.measure().statementId()),
                detail);
    }

    public ActionPage action(String slug, String ref, String period) {
        QuarterFrame f = board.frame(slug, period);
        StrategyEdition e = f.edition();
        ActionSummary a = e.action(ref).orElseThrow(() -> new NotFoundException("Action", ref));
        ActionStatusView status =
                actions.evaluate(List.of(a), f.context().asAt()).getFirst();
        PriorityDetail priority = e.priority(a.priorityId()).orElseThrow(() -> new NotFoundException("Action", ref));
        Statement statement = priority.statements().stream()
                .filter(st -> Objects.equals(st.id(), a.statementId()))
                .findFirst()
                .orElse(null);
        Map<Long, String> partners = e.partnerNames();
        return new ActionPage(
                f.context(),
                heading(priority),
                statement == null ? null : statement.kind().label(),
                statement == null ? null : statement.text(),
                status,
                actionService.historyOf(a.id(), f.context().asAt()),
                StrategyEdition.namesOf(a.partnerIds(), partners),
                e.promises().stream()
                        .filter(p -> p.actionIds().contains(a.id()))
                        .toList(),
                Recommendations.answersByAction(e.sources()).getOrDefault(a.id(), List.of()));
    }

    public PromisePage promise(String slug, String period) {
        QuarterFrame f = board.frame(slug, period);
        Map<Long, ActionStatusView> actionsById = actionsById(f);
        Map<Long, MeasureStatusView> measuresById = board.measures(f).stream()
                .collect(Collectors.toMap(m -> m.measure().id(), Function.identity()));
        List<PromiseItem> items = f.edition().promises().stream()
                .map(p -> new PromiseItem(
                        p,
                        p.actionIds().stream()
                                .map(actionsById::get)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparing(a -> a.action().ref(), BoardService.REFS))
                                .toList(),
                        p.measureIds().stream()
                                .map(measuresById::get)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparing(m -> m.measure().ref(), BoardService.REFS))
                                .toList()))
                .toList();
        return new PromisePage(f.context(), items);
    }

    /**
     * A report's recommendations, each with the actions that answer it as the quarter's action plan shows them (the
     * same evaluation, so every status matches); an unknown report, or one the quarter's pages do not show, is a 404.
     */
    public SourcePage source(String slug, long sourceId, String period) {
        QuarterFrame f = board.frame(slug, period);
        SourceView source = f.edition().source(sourceId).orElseThrow(() -> new NotFoundException("Source", sourceId));
        Map<Long, ActionStatusView> actionsById = actionsById(f);
        return new SourcePage(
                f.context(),
                source,
                source.recommendations().stream()
                        .map(r -> new RecommendationItem(
                                r,
                                r.actionIds().stream()
                                        .map(actionsById::get)
                                        .filter(Objects::nonNull)
                                        .sorted(Comparator.comparing(
                                                a -> a.action().ref(), BoardService.REFS))
                                        .toList()))
                        .toList());
    }

    private Map<Long, ActionStatusView> actionsById(QuarterFrame f) {
        return board.actions(f).stream()
                .collect(Collectors.toMap(a -> a.action().id(), Function.identity()));
    }

    private static PriorityHeading heading(PriorityDetail p) {
        return p == null ? null : p.heading();
    }

    private static String statementText(PriorityDetail p, Long statementId) {
        if (p == null || statementId == null) {
            return null;
        }
        return p.statements().stream()
                .filter(st -> st.id() == statementId)
                .map(Statement::text)
                .findFirst()
                .orElse(null);
    }
}
