package com.cptracker.challenges;

import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeRecords.StepView;
import com.cptracker.challenges.domain.Challenge;
import com.cptracker.challenges.domain.ChallengeStep;
import java.time.LocalDate;
import java.util.List;

/** The one reading of a challenge into its view: as it stands now, or as its steps up to a moment leave it. */
final class ChallengeViews {

    private ChallengeViews() {}

    /**
     * The challenge as {@code steps} leave it (its steps up to a moment, in order), or as it stands now when
     * {@code steps} is null; overdue judged on {@code day}.
     */
    static ChallengeView view(Challenge c, List<ChallengeStep> steps, LocalDate day) {
        ChallengeState state = c.getState();
        LocalDate answerBy = c.getAnswerBy();
        String latestAnswer = null;
        if (steps != null) {
            state = ChallengeState.AWAITING_ANSWER;
            for (ChallengeStep s : steps) {
                switch (s.getKind()) {
                    case RAISED -> answerBy = s.getAnswerBy();
                    case ANSWERED -> {
                        state = ChallengeState.ANSWERED;
                        latestAnswer = s.getWords();
                    }
                    case FOLLOWED_UP -> {
                        state = ChallengeState.AWAITING_ANSWER;
                        answerBy = s.getAnswerBy();
                    }
                    case CLOSED -> state = ChallengeState.CLOSED;
                }
            }
        }
        return new ChallengeView(
                c.getId(),
                c.getStrategyId(),
                c.getSubjectKind(),
                c.getSubjectRef(),
                c.getSubject(),
                c.getPriorityId(),
                c.getPeriodCode(),
                c.getQuestion(),
                c.getRaisedById(),
                c.getRaisedByName(),
                c.getRaisedAt(),
                c.getOwnerIds(),
                c.getOwnerNames(),
                state,
                answerBy,
                c.getVersion(),
                ChallengeView.overdue(state, answerBy, day),
                latestAnswer);
    }

    static StepView step(ChallengeStep s) {
        return new StepView(s.getKind(), s.getWords(), s.getAnswerBy(), s.getByName(), s.getTakenAt());
    }
}
