package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.WorkAreaReport;
import com.cptracker.board.BoardPages.ActionFilter;
import com.cptracker.board.BoardPages.ActionGroup;
import com.cptracker.board.BoardPages.ActionPlan;
import com.cptracker.board.BoardPages.ActionPlanSection;
import com.cptracker.board.BoardPages.ActionRow;
import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.BoardPages.ScorecardFilter;
import com.cptracker.board.BoardPages.ScorecardSection;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.recommendations.Recommendations;
import com.cptracker.recommendations.Recommendations.Answer;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The scorecard and the action plan for a quarter, filtered. A fixed number of queries whatever their size. */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final BoardService board;

    ScorecardService(BoardService board) {
        this.board = board;
    }

    public Scorecard scorecard(String slug, String period, ScorecardFilter filter) {
        QuarterFrame f = board.frame(slug, period);
        return scorecard(f, board.measures(f), filter);
    }

    /**
     * The scorecard of a quarter already framed, from its measures already evaluated: the board pack's, read with the
     * same frame and the same evaluation as its other parts.
     */
    Scorecard scorecard(QuarterFrame f, List<MeasureStatusView> all, ScorecardFilter filter) {
        QuarterContext context = f.context();
        StrategySummary s = context.strategy();
        List<PriorityHeading> priorities = f.edition().headings();
        Map<Long, List<MeasureStatusView>> byPriority = all.stream()
                .filter(m -> m.measure().priorityId() != null)
                .collect(Collectors.groupingBy(m -> m.measure().priorityId()));
        List<ScorecardSection> sections = new ArrayList<>();
        List<MeasureStatusView> general =
                all.stream().filter(m -> m.measure().priorityId() == null).toList();
        if (!general.isEmpty() && filter.priority() == null) {
            sections.add(section("General", null, general, filter, s));
        }
        for (PriorityHeading p : priorities) {
            if (filter.priority() == null || filter.priority().equals(p.key())) {
                sections.add(
                        section(p.name() + ": " + p.title(), p, byPriority.getOrDefault(p.id(), List.of()), filter, s));
            }
        }
        List<ReportingPeriod> yearQuarters = new ArrayList<>();
        for (ReportingPeriod q = ReportingPeriod.parse(context.quarter().reportingYear() + "-Q1");
                !q.start().isAfter(context.quarter().start());
                q = q.next()) {
            yearQuarters.add(q);
        }
        return new Scorecard(
                context,
                filter,
                priorities,
                sections,
                BoardService.tally(BoardService.statuses(all, MeasureStatusView::status), s.rollUpRule()),
                yearQuarters,
                "Year end " + context.quarter().yearEarlier().reportingYear(),
                sections.stream().mapToInt(x -> x.rows().size()).sum(),
                all.stream().anyMatch(m -> m.measure().demo()));
    }

    private static ScorecardSection section(
            String name, PriorityHeading p, List<MeasureStatusView> rows, ScorecardFilter filter, StrategySummary s) {
        return new ScorecardSection(
                name,
                p,
                BoardService.tally(BoardService.statuses(rows, MeasureStatusView::status), s.rollUpRule()),
                rows.stream().filter(filter::keeps).toList());
    }

    public ActionPlan actionPlan(String slug, String period, ActionFilter filter) {
        QuarterFrame f = board.frame(slug, period);
        return actionPlan(f, board.actions(f), filter);
    }

    /** The action plan of a quarter already framed, from its actions already evaluated, as the board pack reads it. */
    ActionPlan actionPlan(QuarterFrame f, List<ActionStatusView> all, ActionFilter filter) {
        QuarterContext context = f.context();
        StrategySummary s = context.strategy();
        Map<Long, String> partnerNames = f.edition().partnerNames();
        Map<Long, List<Answer>> answers =
                Recommendations.answersByAction(f.edition().sources());
        Rows rows = new Rows(filter, partnerNames, answers);
        List<PriorityHeading> priorities = f.edition().headings();
        Map<Long, PriorityDetail> details =
                f.edition().priorities().stream().collect(Collectors.toMap(PriorityDetail::id, Function.identity()));
        Map<Long, List<ActionStatusView>> byPriority =
                all.stream().collect(Collectors.groupingBy(a -> a.action().priorityId()));
        Map<Long, WorkAreaReport> workAreas = board.workAreaUpdates(f);
        List<ActionPlanSection> sections = new ArrayList<>();
        for (PriorityHeading p : priorities) {
            if (filter.priority() != null && !filter.priority().equals(p.key())) {
                continue;
            }
            List<ActionStatusView> inPriority = byPriority.getOrDefault(p.id(), List.of());
            List<ActionGroup> groups = new ArrayList<>();
            PriorityDetail detail = details.get(p.id());
            for (var st : detail.statements()) {
                groups.add(rows.group(
                        st.kind().label(),
                        st.text(),
                        inPriority.stream()
                                .filter(a -> Objects.equals(a.action().statementId(), st.id()))
                                .toList()));
            }
            groups.add(rows.group(
                    null,
                    null,
                    inPriority.stream()
                            .filter(a -> a.action().statementId() == null)
                            .toList()));
            sections.add(new ActionPlanSection(
                    p,
                    BoardService.tally(BoardService.statuses(inPriority, ActionStatusView::status), s.rollUpRule()),
                    groups.stream().filter(g -> !g.rows().isEmpty()).toList(),
                    filter.keeps(workAreas.get(p.id())) ? workAreas.get(p.id()) : null));
        }
        TreeSet<String> leads = new TreeSet<>();
        all.forEach(a -> a.action().leads().forEach(l -> leads.add(l.jobTitle())));
        return new ActionPlan(
                context,
                filter,
                priorities,
                List.copyOf(leads),
                f.edition().sources(),
                sections,
                BoardService.tally(BoardService.statuses(all, ActionStatusView::status), s.rollUpRule()),
                (int) all.stream().filter(ActionStatusView::overdue).count(),
                (int) all.stream().filter(ActionStatusView::missingUpdate).count(),
                sections.stream()
                        .flatMap(x -> x.groups().stream())
                        .mapToInt(g -> g.rows().size())
                        .sum());
    }

    /**
     * The rows of the plan the filter keeps, each with its partners' names and the recommendations it answers: an
     * action answering none of the chosen report's recommendations is left out when the plan is filtered by report.
     */
    private record Rows(ActionFilter filter, Map<Long, String> partnerNames, Map<Long, List<Answer>> answers) {

        ActionGroup group(String kind, String text, List<ActionStatusView> actions) {
            return new ActionGroup(
                    kind,
                    text,
                    actions.stream()
                            .filter(filter::keeps)
                            .map(a -> new ActionRow(
                                    a,
                                    StrategyEdition.namesOf(a.action().partnerIds(), partnerNames),
                                    answers.getOrDefault(a.action().id(), List.of())))
                            .filter(r -> filter.source() == null
                                    || r.answers().stream().anyMatch(x -> x.sourceId() == filter.source()))
                            .toList());
        }
    }
}
