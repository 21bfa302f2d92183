package com.cptracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeRecords.LogFilter;
import com.cptracker.challenges.domain.Challenge;
import com.cptracker.challenges.domain.ChallengeStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A challenge read back from its steps as it stood at a moment, overdue in words, and the log's filters. */
class ChallengeViewsTest {

    static final Instant RAISED = Instant.parse("2025-07-01T10:00:00Z");
    static final LocalDate BY = LocalDate.of(2025, 7, 31);

    @Test
    void theStepsTakenByAMomentSayWhereItStoodThen() {
        Challenge now = challenge(ChallengeState.CLOSED, LocalDate.of(2025, 10, 1));
        List<ChallengeStep> steps = List.of(
                step(StepKind.RAISED, "Why?", BY, 0),
                step(StepKind.ANSWERED, "Because.", BY, 10),
                step(StepKind.FOLLOWED_UP, "And then?", LocalDate.of(2025, 10, 1), 20),
                step(StepKind.ANSWERED, "Then this.", LocalDate.of(2025, 10, 1), 30),
                step(StepKind.CLOSED, null, LocalDate.of(2025, 10, 1), 40));

        ChallengeView raised = ChallengeViews.view(now, steps.subList(0, 1), LocalDate.of(2025, 7, 2));
        assertThat(raised.state()).isEqualTo(ChallengeState.AWAITING_ANSWER);
        assertThat(raised.answerBy()).isEqualTo(BY);
        assertThat(raised.overdue()).isFalse();
        assertThat(raised.latestAnswer()).isNull();

        ChallengeView late = ChallengeViews.view(now, steps.subList(0, 1), LocalDate.of(2025, 8, 1));
        assertThat(late.overdue()).as("awaiting an answer after its date").isTrue();

        ChallengeView answered = ChallengeViews.view(now, steps.subList(0, 2), LocalDate.of(2025, 8, 1));
        assertThat(answered.state()).isEqualTo(ChallengeState.ANSWERED);
        assertThat(answered.overdue()).as("answered, even late, is not overdue").isFalse();
        assertThat(answered.latestAnswer()).isEqualTo("Because.");

        ChallengeView followedUp = ChallengeViews.view(now, steps.subList(0, 3), LocalDate.of(2025, 8, 1));
        assertThat(followedUp.state()).isEqualTo(ChallengeState.AWAITING_ANSWER);
        assertThat(followedUp.answerBy()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(followedUp.latestAnswer()).isEqualTo("Because.");

        ChallengeView closed = ChallengeViews.view(now, steps, LocalDate.of(2026, 1, 1));
        assertThat(closed.state()).isEqualTo(ChallengeState.CLOSED);
        assertThat(closed.latestAnswer()).isEqualTo("Then this.");
        assertThat(closed.overdue()).isFalse();

        ChallengeView current = ChallengeViews.view(now, null, LocalDate.of(2026, 1, 1));
        assertThat(current.state()).isEqualTo(ChallengeState.CLOSED);
    }

    @Test
    void theLogsFiltersKeepWhatTheyName() {
        ChallengeView open =
                ChallengeViews.view(challenge(ChallengeState.AWAITING_ANSWER, BY), null, LocalDate.of(2025, 8, 1));
        ChallengeView closed =
                ChallengeViews.view(challenge(ChallengeState.CLOSED, BY), null, LocalDate.of(2025, 8, 1));
        assertThat(new LogFilter("open", null, null).keeps(open)).isTrue();
        assertThat(new LogFilter("open", null, null).keeps(closed)).isFalse();
        assertThat(new LogFilter("answered", null, null).keeps(closed)).isTrue();
        assertThat(new LogFilter("overdue", null, null).keeps(open)).isTrue();
        assertThat(new LogFilter("overdue", null, null).keeps(closed)).isFalse();
        assertThat(new LogFilter(null, 3L, null).keeps(open)).isTrue();
        assertThat(new LogFilter(null, 4L, null).keeps(open)).isFalse();
        assertThat(new LogFilter(null, null, 7L).keeps(open)).isTrue();
        assertThat(new LogFilter(null, null, 8L).keeps(open)).isFalse();
        assertThat(LogFilter.NONE.keeps(closed)).isTrue();
        assertThat(open.itemPath()).isEqualTo("measures/P1.2");
    }

    private static Challenge challenge(ChallengeState state, LocalDate by) {
        Challenge c = new Challenge(
                1,
                SubjectKind.MEASURE,
                5L,
                "P1.2",
                "Measure P1.2",
                3L,
                "2025-26-Q1",
                "Why?",
                7,
                "Member",
                RAISED,
                Set.of(9L),
                "Officer",
                by);
        ReflectionTestUtils.setField(c, "id", 11L);
        ReflectionTestUtils.setField(c, "state", state);
        return c;
    }

    private static ChallengeStep step(StepKind kind, String words, LocalDate by, int days) {
        return new ChallengeStep(11, kind, words, by, 7, "Member", RAISED.plusSeconds(days * 86_400L));
    }
}
