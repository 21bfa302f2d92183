package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.assessment.AssessmentRecords.Criterion;
import com.cptracker.assessment.AssessmentRecords.Framework;
import com.cptracker.assessment.AssessmentRecords.Level;
import com.cptracker.assessment.AssessmentRecords.Rating;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView;
import java.util.List;

/**
 * A strategy's self-assessment as the board reads it for a quarter: the framework as the quarter's edition keeps it,
 * each criterion's rating in the quarter with its evidence and the actions and measures it cites (with their status in
 * the quarter, from the same evaluation as the scorecard and the action plan), and the criterion's ratings in every
 * quarter up to this one. The framework is null on the page of a quarter published before the strategy had one.
 */
public record SelfAssessment(QuarterContext context, Framework framework, List<CriterionItem> criteria) {

    /** A rating in its words: the step of the scale it gives, and what it said before a correction (oldest first). */
    public record Rated(Rating rating, Level level, List<Rated> before) {}

    /** A quarter of a criterion's history: its rating then, or null when it was not rated. */
    public record Quarter(ReportingPeriod quarter, Rated rated) {}

    /**
     * A criterion in the quarter.
     *
     * @param current  its rating in the quarter, or null when it has none
     * @param actions  the actions the rating cites, as the action plan shows them in the quarter
     * @param measures the measures it cites, as the scorecard shows them in the quarter
     * @param history  every quarter the page may show, up to this one, oldest first
     */
    public record CriterionItem(
            Criterion criterion,
            Rated current,
            List<ActionStatusView> actions,
            List<MeasureStatusView> measures,
            List<Quarter> history) {}
}
