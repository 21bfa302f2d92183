package com.cptracker.work;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.ProgressUpdateService;
import com.cptracker.actions.ProgressUpdateService.UpdateDraft;
import com.cptracker.actions.WorkAreaUpdateService;
import com.cptracker.actions.WorkAreaUpdateService.WorkAreaDraft;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureService;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.ValueRules;
import com.cptracker.measures.ValueRules.Subject;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer's quarter: the actions they lead and measures they own, what is due, overdue and already sent. */
@Service
@Transactional(readOnly = true)
public class WorkService {

    private final StrategyService strategies;
    private final QuarterService quarters;
    private final ActionService actions;
    private final ActionStatusService actionStatuses;
    private final ProgressUpdateService updates;
    private final MeasureService measures;
    private final MeasureStatusService measureStatuses;
    private final MeasureValueService values;
    private final WorkAreaUpdateService workAreas;
    private final Clock clock;

    WorkService(
            StrategyService strategies,
            QuarterService quarters,
            ActionService actions,
            ActionStatusService actionStatuses,
            ProgressUpdateService updates,
            MeasureService measures,
            MeasureStatusService measureStatuses,
            MeasureValueService values,
            WorkAreaUpdateService workAreas,
            Clock clock) {
        this.strategies = strategies;
        this.quarters = quarters;
        this.actions = actions;
        this.actionStatuses = actionStatuses;
        this.updates = updates;
        this.measures = measures;
        this.measureStatuses = measureStatuses;
        this.values = values;
        this.workAreas = workAreas;
        this.clock = clock;
    }

    public record ActionItem(ActionStatusView view, UpdateDraft update) {

        public String updateState() {
            return update.version() < 0 ? "Not started" : update.submitted() ? "Submitted" : "Draft saved";
        }
    }

    /** A work area this person reports on, and their update on it for the open quarter so far. */
    public record WorkAreaItem(WorkArea workArea, WorkAreaDraft update) {}

    public record MeasureItem(MeasureStatusView view, ReportingPeriod period, Current current) {

        public boolean entered() {
            return current != null;
        }

        /** What a value typed for it is read against ({@link ValueRules}). */
        public Subject subject() {
            return new Subject(view.measure(), period, view.target(), current);
        }
    }

    public record StrategyWork(
            StrategySummary strategy,
            QuarterStatus open,
            long daysLeft,
            List<WorkAreaItem> workAreas,
            List<ActionItem> actions,
            List<MeasureItem> measures) {

        public long submitted() {
            return actions.stream().filter(a -> a.update().submitted()).count();
        }

        public long workAreasSubmitted() {
            return workAreas.stream().filter(w -> w.update().submitted()).count();
        }

        public long entered() {
            return measures.stream().filter(MeasureItem::entered).count();
        }
    }

    /** Per strategy this person works on: its open quarter (if any) and their items in it. */
    public List<StrategyWork> myWork(CurrentUser user) {
        return myWork(user.id());
    }

    /** {@link #myWork(CurrentUser)} for anyone, such as the reminders that tell each person what is outstanding. */
    public List<StrategyWork> myWork(long userId) {
        List<ActionSummary> led = actions.ledBy(userId);
        List<MeasureSummary> owned = measures.activeOwnedBy(userId);
        List<WorkArea> areas = strategies.workAreasLedBy(userId);
        Set<Long> ids = new LinkedHashSet<>();
        areas.forEach(w -> ids.add(w.strategyId()));
        led.forEach(a -> ids.add(a.strategyId()));
        owned.forEach(m -> ids.add(m.strategyId()));
        return strategies.byIds(ids).stream()
                .map(s -> work(
                        s,
                        areas.stream().filter(w -> w.strategyId() == s.id()).toList(),
                        led.stream().filter(a -> a.strategyId() == s.id()).toList(),
                        owned.stream().filter(m -> m.strategyId() == s.id()).toList()))
                .toList();
    }

    /** The open quarter of a strategy, if one is open for updates. */
    public Optional<QuarterStatus> openQuarter(StrategySummary s) {
        return quarters.statuses(s.id(), s.quarters()).stream()
                .filter(QuarterStatus::open)
                .findFirst();
    }

    public StrategyWork work(
            StrategySummary s, List<WorkArea> areas, List<ActionSummary> led, List<MeasureSummary> owned) {
        Optional<QuarterStatus> open = openQuarter(s);
        if (open.isEmpty()) {
            return new StrategyWork(s, null, 0, List.of(), List.of(), List.of());
        }
        ReportingPeriod q = open.get().quarter();
        Map<Long, WorkAreaDraft> areaDrafts =
                workAreas.draftsFor(areas.stream().map(WorkArea::id).toList(), q);
        List<WorkAreaItem> areaItems = areas.stream()
                .map(w -> new WorkAreaItem(w, areaDrafts.getOrDefault(w.id(), WorkAreaDraft.NONE)))
                .toList();
        Map<Long, UpdateDraft> drafts =
                updates.draftsFor(led.stream().map(ActionSummary::id).toList(), q);
        List<ActionItem> actionItems = actionStatuses.evaluate(led, AsAt.unpublished(q)).stream()
                .map(v -> new ActionItem(
                        v,
                        drafts.getOrDefault(
                                v.action().id(), new UpdateDraft(null, null, null, null, null, null, false, -1))))
                .toList();
        List<MeasureStatusView> views = measureStatuses.forMeasures(owned, q, s);
        Map<Long, ReportingPeriod> periods =
                views.stream().collect(Collectors.toMap(v -> v.measure().id(), MeasureStatusView::period));
        Map<Long, Current> current = values.current(s.id(), periods);
        List<MeasureItem> measureItems = views.stream()
                .map(v -> new MeasureItem(v, v.period(), current.get(v.measure().id())))
                .toList();
        LocalDate deadline = open.get().deadline();
        long days = deadline == null ? 0 : ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
        return new StrategyWork(s, open.get(), days, areaItems, actionItems, measureItems);
    }

    /** The measures a person may enter for a strategy's open quarter. */
    public StrategyWork workIn(StrategySummary s, CurrentUser user) {
        List<MeasureSummary> owned = user.has(Role.ADMINISTRATOR)
                ? measures.activeMeasuresOfStrategy(s.id())
                : measures.activeOwnedBy(user.id()).stream()
                        .filter(m -> m.strategyId() == s.id())
                        .toList();
        return work(s, List.of(), List.of(), owned);
    }

    static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
