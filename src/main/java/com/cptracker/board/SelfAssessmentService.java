package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.assessment.AssessmentRecords.Framework;
import com.cptracker.assessment.AssessmentRecords.Level;
import com.cptracker.assessment.AssessmentRecords.Rating;
import com.cptracker.assessment.AssessmentService;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.board.SelfAssessment.CriterionItem;
import com.cptracker.board.SelfAssessment.Quarter;
import com.cptracker.board.SelfAssessment.Rated;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's reading of a strategy's self-assessment in a quarter, on its own page and in the board pack: the
 * framework from the quarter's edition, ratings as at the quarter, and the cited actions and measures evaluated with
 * the scorecard's and the action plan's own rules. A fixed number of queries whatever the size of the framework.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentService {

    private final BoardService board;
    private final AssessmentService assessment;

    SelfAssessmentService(BoardService board, AssessmentService assessment) {
        this.board = board;
        this.assessment = assessment;
    }

    /**
     * The page of a quarter. A strategy with a framework now whose quarter was published before it had one shows the
     * quarter as published, without one (its framework null); a strategy with none is not found.
     */
    public SelfAssessment page(String slug, String period) {
        QuarterFrame f = board.frame(slug, period);
        SelfAssessment sa = of(f);
        if (sa != null) {
            return sa;
        }
        if (!assessment.hasFramework(slug)) {
            throw new NotFoundException("Self-assessment", slug);
        }
        return new SelfAssessment(f.context(), null, List.of());
    }

    /** The self-assessment in the frame's quarter, or null when the strategy had no framework then. */
    SelfAssessment of(QuarterFrame f) {
        Framework fw = f.edition().framework();
        if (fw == null) {
            return null;
        }
        ReportingPeriod quarter = f.context().quarter();
        Map<Long, List<Rating>> ratings = assessment.shown(
                fw.criteria().stream().map(c -> c.id()).toList(), f.context().asAt());
        Map<Long, Rating> current = ratings.values().stream()
                .flatMap(List::stream)
                .filter(r -> !r.superseded() && r.period().equals(quarter))
                .collect(Collectors.toMap(Rating::criterionId, Function.identity()));
        Map<Long, ActionStatusView> actions = Cited.actions(board, f, Cited.ids(current.values(), Rating::actionIds));
        Map<Long, MeasureStatusView> measures =
                Cited.measures(board, f, Cited.ids(current.values(), Rating::measureIds));
        List<ReportingPeriod> quarters = f.context().quarters().stream()
                .filter(q -> !q.end().isAfter(quarter.end()))
                .toList();
        List<CriterionItem> items = fw.criteria().stream()
                .map(c -> {
                    List<Rating> all = ratings.getOrDefault(c.id(), List.of());
                    Rating now = current.get(c.id());
                    return new CriterionItem(
                            c,
                            rated(fw, now, all),
                            now == null
                                    ? List.of()
                                    : Cited.pick(
                                            now.actionIds(),
                                            actions,
                                            a -> a.action().ref()),
                            now == null
                                    ? List.of()
                                    : Cited.pick(
                                            now.measureIds(),
                                            measures,
                                            m -> m.measure().ref()),
                            quarters.stream()
                                    .map(q -> new Quarter(
                                            q,
                                            rated(
                                                    fw,
                                                    all.stream()
                                                            .filter(r -> !r.superseded()
                                                                    && r.period()
                                                                            .equals(q))
                                                            .findFirst()
                                                            .orElse(null),
                                                    all)))
                                    .toList());
                })
                .toList();
        return new SelfAssessment(f.context(), fw, items);
    }

    /** A rating in its words, with what it said before each correction; null for none. */
    private Rated rated(Framework fw, Rating r, List<Rating> all) {
        if (r == null) {
            return null;
        }
        List<Rated> before = all.stream()
                .filter(x -> x.superseded() && x.period().equals(r.period()))
                .map(x -> new Rated(x, level(fw, x), List.of()))
                .toList();
        return new Rated(r, level(fw, r), before);
    }

    /**
     * The step a rating gives, in the words of the quarter's edition; a step added since (given by a correction) in
     * its words now.
     */
    private Level level(Framework fw, Rating r) {
        return fw.level(r.levelId()).or(() -> assessment.level(r.levelId())).orElse(null);
    }
}
