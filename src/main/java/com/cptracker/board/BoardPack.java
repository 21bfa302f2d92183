package com.cptracker.board;

import com.cptracker.board.BoardPages.ActionPlan;
import com.cptracker.board.BoardPages.MeasurePage;
import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.challenges.ChallengeRecords.QuarterChallenges;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.risks.RiskRecords.PackItem;
import java.util.List;

/**
 * A published quarter's board pack: what the board reads before its meeting, built from the very records its pages
 * show (the exception report, the scorecard and the action plan unfiltered, and each scorecard measure's page), so
 * every figure in it is the figure on the screen.
 *
 * @param board    the strategy's board (see {@link StrategyEdition#board}), or null when its governance names none
 * @param measures       a page per measure on the scorecard, in the scorecard's order
 * @param selfAssessment the strategy's self-assessment in the quarter, or null when it had no framework
 * @param youSaidWeDid   what children said and what was done, the entries changed in the quarter as they stood when
 *                       it was published
 * @param risks          the issues and risks open when the quarter was published, each as it stood then
 * @param challenges     the challenge log of the quarter as it stood at its publication
 */
public record BoardPack(
        QuarterContext context,
        Body board,
        ExceptionReport exceptions,
        Scorecard scorecard,
        ActionPlan actionPlan,
        List<MeasurePage> measures,
        SelfAssessment selfAssessment,
        YouSaidWeDid youSaidWeDid,
        List<PackItem> risks,
        QuarterChallenges challenges) {

    /** The pack's title: its quarter and strategy, as the cover, the PDF's title and the file name say. */
    public String title() {
        return "Board pack " + context.quarter().label() + ": "
                + context.strategy().title();
    }
}
