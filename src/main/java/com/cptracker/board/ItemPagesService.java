package com.cptracker.board;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardPages.ActionPage;
import com.cptracker.board.BoardPages.MeasurePage;
import com.cptracker.board.BoardPages.PromiseItem;
import com.cptracker.board.BoardPages.PromisePage;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
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
    private final StrategyService strategies;
    private final MeasureStatusService measures;
    private final ActionService actionService;
    private final ActionStatusService actions;
    private final GovernanceService governance;

    ItemPagesService(BoardService board, StrategyService strategies, MeasureStatusService measures,
                     ActionService actionService, ActionStatusService actions, GovernanceService governance) {
        this.board = board;
        this.strategies = strategies;
        this.measures = measures;
        this.actionService = actionService;
        this.actions = actions;
        this.governance = governance;
    }

    public MeasurePage measure(String slug, String ref, String period) {
        QuarterContext context = board.context(slug, period);
        StrategySummary s = context.strategy();
        MeasureDetail detail = measures.detail(s.id(), ref, context.quarter(), s.benchmarkMarginPercent(), context.visibleUntil());
        Long priorityId = detail.status().measure().priorityId();
        Long statementId = detail.status().measure().statementId();
        PriorityDetail priority = priorityId == null ? null : strategies.prioritiesWithStatements(s.id()).stream()
                .filter(p -> p.id() == priorityId).findFirst().orElse(null);
        return new MeasurePage(context, heading(priority), statementText(priority, statementId), detail);
    }

    public ActionPage action(String slug, String ref, String period) {
        QuarterContext context = board.context(slug, period);
        StrategySummary s = context.strategy();
        ActionSummary a = actionService.byRef(s.id(), ref);
        ActionStatusView status = actions.evaluate(List.of(a), context.quarter(), context.visibleUntil()).getFirst();
        PriorityDetail priority = strategies.prioritiesWithStatements(s.id()).stream()
                .filter(p -> p.id() == a.priorityId()).findFirst().orElseThrow();
        Statement statement = priority.statements().stream()
                .filter(st -> Objects.equals(st.id(), a.statementId())).findFirst().orElse(null);
        Map<Long, Partner> partners = governance.partnersById(a.partnerIds());
        return new ActionPage(context, heading(priority), statement == null ? null : statement.kind().label(),
                statement == null ? null : statement.text(), status, actionService.historyOf(a.id(), context.visibleUntil()),
                a.partnerIds().stream().map(partners::get).filter(Objects::nonNull).map(Partner::name).sorted()
                        .toList(),
                strategies.promisesOf(s.id()).stream().filter(p -> p.actionIds().contains(a.id())).toList());
    }

    public PromisePage promise(String slug, String period) {
        QuarterContext context = board.context(slug, period);
        StrategySummary s = context.strategy();
        Map<Long, ActionStatusView> actionsById = actions.forStrategy(s.id(), context.quarter(), context.visibleUntil()).stream()
                .collect(Collectors.toMap(a -> a.action().id(), Function.identity()));
        Map<Long, MeasureStatusView> measuresById = measures.forStrategy(s.id(), context.quarter(),
                        s.benchmarkMarginPercent(), context.visibleUntil()).stream()
                .collect(Collectors.toMap(m -> m.measure().id(), Function.identity()));
        List<PromiseItem> items = strategies.promisesOf(s.id()).stream()
                .map(p -> new PromiseItem(p,
                        p.actionIds().stream().map(actionsById::get).filter(Objects::nonNull)
                                .sorted(java.util.Comparator.comparing(a -> a.action().ref(), BoardService.REFS))
                                .toList(),
                        p.measureIds().stream().map(measuresById::get).filter(Objects::nonNull)
                                .sorted(java.util.Comparator.comparing(m -> m.measure().ref(), BoardService.REFS))
                                .toList()))
                .toList();
        return new PromisePage(context, items);
    }

    private static PriorityHeading heading(PriorityDetail p) {
        return p == null ? null : new PriorityHeading(p.id(), p.label(), p.number(), p.title());
    }

    private static String statementText(PriorityDetail p, Long statementId) {
        if (p == null || statementId == null) {
            return null;
        }
        return p.statements().stream().filter(st -> st.id() == statementId).map(Statement::text).findFirst()
                .orElse(null);
    }
}
