package com.cptracker.challenges;

import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeRecords.QuarterChallenges;
import com.cptracker.challenges.domain.Challenge;
import com.cptracker.challenges.domain.ChallengeRepository;
import com.cptracker.challenges.domain.ChallengeStep;
import com.cptracker.challenges.domain.ChallengeStepRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quarter's challenges as they stood when it was published, read from the dated steps taken by then, so that a step
 * taken later never changes a published quarter's pack. Two reads, whatever the number of challenges.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeHistory {

    private final ChallengeRepository challenges;
    private final ChallengeStepRepository steps;

    ChallengeHistory(ChallengeRepository challenges, ChallengeStepRepository steps) {
        this.challenges = challenges;
        this.steps = steps;
    }

    /**
     * The challenges of a strategy as they stood at {@code at}: those raised after {@code since} (null: from the
     * start), those answered or marked answered after it, and those not marked answered at {@code at}.
     */
    public QuarterChallenges asAt(long strategyId, Instant since, Instant at) {
        List<Challenge> raised =
                challenges.findByStrategyIdAndRaisedAtLessThanEqualOrderByRaisedAtAscIdAsc(strategyId, at);
        Map<Long, List<ChallengeStep>> byChallenge =
                steps.takenBy(strategyId, at).stream().collect(Collectors.groupingBy(ChallengeStep::getChallengeId));
        LocalDate day = LocalDate.ofInstant(at, ChallengeRecords.ENGLAND);
        List<ChallengeView> views = raised.stream()
                .map(c -> ChallengeViews.view(c, byChallenge.getOrDefault(c.getId(), List.of()), day))
                .toList();
        return new QuarterChallenges(
                views.stream().filter(v -> after(v.raisedAt(), since)).toList(),
                views.stream()
                        .filter(v -> byChallenge.getOrDefault(v.id(), List.of()).stream()
                                .anyMatch(s -> (s.getKind() == StepKind.ANSWERED || s.getKind() == StepKind.CLOSED)
                                        && after(s.getTakenAt(), since)))
                        .toList(),
                views.stream().filter(v -> v.state().open()).toList());
    }

    private static boolean after(Instant t, Instant since) {
        return since == null || t.isAfter(since);
    }
}
