package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.WorkAreaReport;
import com.cptracker.board.domain.EditionHeader;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.reporting.QuarterState;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.Section;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the board's pages show, assembled for one strategy and one quarter. */
public final class BoardRecords {

    private BoardRecords() {}

    /**
     * A strategy (as the quarter's pages show it), the quarter being looked at, the quarters one may pick, what of its
     * figures and updates the quarter shows, where it stands, for a published quarter which revision of what the
     * board saw this is (null for a quarter not published), and the board's name as the quarter's edition of the
     * strategy has it ({@link StrategyEdition#boardName}), for every sentence the pages write about the board.
     */
    public record QuarterContext(
            StrategySummary strategy,
            ReportingPeriod quarter,
            List<ReportingPeriod> quarters,
            AsAt asAt,
            QuarterState state,
            LocalDate deadline,
            EditionHeader edition,
            String boardName) {

        public QuarterContext(StrategySummary strategy, ReportingPeriod quarter, List<ReportingPeriod> quarters) {
            this(
                    strategy,
                    quarter,
                    quarters,
                    AsAt.unpublished(quarter),
                    QuarterState.PUBLISHED,
                    null,
                    null,
                    StrategyEdition.DEFAULT_BOARD_NAME);
        }

        /** The day the quarter was first published, in the council's time zone; null while it is not. */
        public LocalDate publishedOn() {
            return asAt.published() && !Instant.MIN.equals(asAt.publishedAt())
                    ? LocalDate.ofInstant(asAt.publishedAt(), ZoneId.of("Europe/London"))
                    : null;
        }

        /** A correction of the quarter was published after the board first saw it. */
        public boolean revised() {
            return edition != null && edition.revision() > 0;
        }

        /** The day the latest correction of the quarter was published, in the council's time zone. */
        public LocalDate correctedOn() {
            return revised() ? LocalDate.ofInstant(edition.createdAt(), ZoneId.of("Europe/London")) : null;
        }

        /** Nothing of this strategy has been published, and this person may see only what has. */
        public boolean nothingPublished() {
            return quarters.isEmpty();
        }
    }

    /** Counts of items in each status and the overall status by the strategy's roll-up rule. */
    public record Tally(Map<Status, Integer> counts, Verdict overall, int total) {

        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }

        /** The statuses that have items, in the order of {@link Status}: off track first. */
        public List<Map.Entry<Status, Integer>> nonZero() {
            return counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        }
    }

    public record PriorityRollUp(
            PriorityHeading priority,
            PriorityDetail detail,
            String workstream,
            List<String> partners,
            Tally actions,
            Tally measures) {}

    public record Overview(
            QuarterContext context,
            List<PriorityRollUp> priorities,
            Tally actions,
            Tally measures,
            List<MeasureStatusView> generalMeasures,
            List<Body> bodies,
            List<Partner> partners,
            List<Section> sections,
            List<PromiseView> promises,
            List<SourceView> sources) {}

    /** A quarter's context and the strategy as its pages show it: what every board page is built from. */
    public record QuarterFrame(QuarterContext context, StrategyEdition edition) {}

    public record StatementGroup(
            String kind, String text, List<ActionStatusView> actions, List<MeasureStatusView> measures) {}

    public record PriorityPage(
            QuarterContext context,
            PriorityDetail priority,
            Tally actions,
            Tally measures,
            List<StatementGroup> groups,
            List<ActionStatusView> otherActions,
            List<MeasureStatusView> otherMeasures,
            Body workstream,
            List<Partner> partners,
            List<WorkAreaReport> workArea) {

        /** The work area's update for the quarter itself, when its lead gave one the quarter shows; else null. */
        public WorkAreaReport workAreaUpdate() {
            return workArea.stream()
                    .filter(r ->
                            r.update().periodCode().equals(context.quarter().code()))
                    .findFirst()
                    .orElse(null);
        }

        /** The work area's updates for the quarters before this one, newest first. */
        public List<WorkAreaReport> workAreaHistory() {
            return workArea.stream()
                    .filter(r ->
                            !r.update().periodCode().equals(context.quarter().code()))
                    .toList();
        }
    }
}
