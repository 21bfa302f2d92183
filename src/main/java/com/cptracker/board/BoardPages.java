package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.WorkAreaReport;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.Tally;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.recommendations.Recommendations.Answer;
import com.cptracker.recommendations.Recommendations.RecommendationView;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import java.util.List;

/** The board's pages beyond the overview: scorecard, action plan, a measure, an action and the promise. */
public final class BoardPages {

    private BoardPages() {}

    /** Scorecard filters; each empty means all. A priority or theme is chosen by its {@link PriorityHeading#key}. */
    public record ScorecardFilter(String priority, Status status, boolean worseningOnly) {

        public boolean active() {
            return priority != null || status != null || worseningOnly;
        }

        boolean keeps(MeasureStatusView m) {
            return (status == null || m.status() == status) && (!worseningOnly || m.worsening());
        }
    }

    public record ScorecardSection(String name, PriorityHeading priority, Tally tally, List<MeasureStatusView> rows) {

        public String anchor() {
            return priority == null ? "general" : priority.anchor();
        }
    }

    public record Scorecard(
            QuarterContext context,
            ScorecardFilter filter,
            List<PriorityHeading> priorities,
            List<ScorecardSection> sections,
            Tally total,
            List<ReportingPeriod> yearQuarters,
            String lastYearEnd,
            int shown,
            boolean anyDemo) {}

    /**
     * Action plan filters; each empty means all. A priority or theme is chosen by its {@link PriorityHeading#key};
     * {@code source}: only the actions answering that report.
     */
    public record ActionFilter(String priority, String lead, Status status, Long source) {

        public ActionFilter(String priority, String lead, Status status) {
            this(priority, lead, status, null);
        }

        public boolean active() {
            return priority != null || lead != null || status != null || source != null;
        }

        boolean keeps(ActionStatusView a) {
            return (status == null || a.status() == status)
                    && (lead == null
                            || a.action().leads().stream()
                                    .anyMatch(l -> l.jobTitle().equals(lead)));
        }

        /** A work area's update is kept by a status filter its lead's assessment matches, never by a lead filter. */
        boolean keeps(WorkAreaReport r) {
            return r != null && lead == null && (status == null || r.status() == status);
        }
    }

    /** An action of the plan, with its partners' names and the recommendations it answers. */
    public record ActionRow(ActionStatusView view, List<String> partners, List<Answer> answers) {}

    public record ActionGroup(String kind, String statement, List<ActionRow> rows) {}

    /** A priority's part of the action plan: its actions, and above them its work area's update for the quarter. */
    public record ActionPlanSection(
            PriorityHeading priority, Tally tally, List<ActionGroup> groups, WorkAreaReport workArea) {

        /** Something to show: actions the filters keep, or the work area's update. */
        public boolean shown() {
            return !groups.isEmpty() || workArea != null;
        }

        public String name() {
            return priority.name() + ": " + priority.title();
        }

        public String anchor() {
            return priority.anchor();
        }
    }

    public record ActionPlan(
            QuarterContext context,
            ActionFilter filter,
            List<PriorityHeading> priorities,
            List<String> leads,
            List<SourceView> sources,
            List<ActionPlanSection> sections,
            Tally total,
            int overdue,
            int noUpdate,
            int shown) {}

    public record MeasurePage(
            QuarterContext context, PriorityHeading priority, String statement, MeasureDetail detail) {}

    public record ActionPage(
            QuarterContext context,
            PriorityHeading priority,
            String statementKind,
            String statement,
            ActionStatusView status,
            List<ActionStatusView.Progress> history,
            List<String> partners,
            List<PromiseView> promises,
            List<Answer> answers) {}

    /** A promise and what is being done to keep it, in the quarter. */
    public record PromiseItem(PromiseView promise, List<ActionStatusView> actions, List<MeasureStatusView> measures) {

        public long done() {
            return actions.stream().filter(a -> a.status() == Status.COMPLETE).count();
        }
    }

    public record PromisePage(QuarterContext context, List<PromiseItem> promises) {}

    /** A recommendation and the actions that answer it, in the quarter, as the action plan shows them. */
    public record RecommendationItem(RecommendationView recommendation, List<ActionStatusView> actions) {}

    /** A report that made recommendations, each with the actions that answer it, in the quarter. */
    public record SourcePage(QuarterContext context, SourceView source, List<RecommendationItem> recommendations) {

        /** How many of its recommendations no action answers. */
        public long unanswered() {
            return recommendations.stream().filter(r -> r.actions().isEmpty()).count();
        }
    }
}
