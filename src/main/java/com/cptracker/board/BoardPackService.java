package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardPages.ActionFilter;
import com.cptracker.board.BoardPages.MeasurePage;
import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.BoardPages.ScorecardFilter;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.common.NotFoundException;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterState;
import com.cptracker.risks.RiskLogService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of a published quarter. Only a published quarter has one, for everyone: an open or closed quarter's
 * pack is not found even for those who may see its pages, since the pack is what the board was given. One frame of the
 * quarter for all its parts, and a fixed number of queries whatever the strategy's size.
 */
@Service
@Transactional(readOnly = true)
public class BoardPackService {

    private final BoardService board;
    private final ScorecardService scorecards;
    private final ItemPagesService items;
    private final ExceptionReportService exceptions;
    private final SelfAssessmentService selfAssessments;
    private final YouSaidWeDidService voice;
    private final RiskLogService risks;
    private final BoardChallenges challenges;
    private final QuarterService quarters;

    BoardPackService(
            BoardService board,
            ScorecardService scorecards,
            ItemPagesService items,
            ExceptionReportService exceptions,
            SelfAssessmentService selfAssessments,
            YouSaidWeDidService voice,
            RiskLogService risks,
            BoardChallenges challenges,
            QuarterService quarters) {
        this.board = board;
        this.scorecards = scorecards;
        this.items = items;
        this.exceptions = exceptions;
        this.selfAssessments = selfAssessments;
        this.voice = voice;
        this.risks = risks;
        this.challenges = challenges;
        this.quarters = quarters;
    }

    public BoardPack pack(String slug, String period) {
        QuarterFrame f = board.frame(slug, period);
        if (f.context().state() != QuarterState.PUBLISHED) {
            throw new NotFoundException("Board pack", period);
        }
        // Each measure and action evaluated once, for the exceptions, the scorecard and the action plan alike.
        List<MeasureStatusView> measures = board.measures(f);
        List<ActionStatusView> actions = board.actions(f);
        Scorecard scorecard = scorecards.scorecard(f, measures, new ScorecardFilter(null, null, false));
        // the window the pack reports as "in the quarter", read once for every section that uses it
        Instant since = quarters.previousPublication(
                f.context().strategy().id(), f.context().asAt());
        Map<Long, MeasurePage> pages = items.measurePages(f).stream()
                .collect(Collectors.toMap(p -> p.detail().status().measure().id(), Function.identity()));
        return new BoardPack(
                f.context(),
                f.edition().board(),
                exceptions.report(slug, f, measures, actions),
                scorecard,
                scorecards.actionPlan(f, actions, new ActionFilter(null, null, null)),
                scorecard.sections().stream()
                        .flatMap(s -> s.rows().stream())
                        .map(row -> pages.get(row.measure().id()))
                        .toList(),
                selfAssessments.of(f),
                voice.of(f, since),
                // the log as it stood when the board was given the quarter: its dated entries up to then
                risks.openAsAt(f.context().strategy().id(), f.context().asAt().publishedAt()),
                challenges.forPack(f, since));
    }
}
