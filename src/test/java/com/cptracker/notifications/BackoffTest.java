package com.cptracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox's retry rule: doubling waits, at most a day, and no attempt past the maximum. */
class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void eachFailureDoublesTheWaitUntilTheLastAttempt() {
        Backoff b = new Backoff(Duration.ofMinutes(1), 4);
        assertThat(b.next(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(b.next(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(b.next(3, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(b.next(4, NOW))
                .as("the fourth of four attempts failed: marked failed")
                .isNull();
    }

    @Test
    void theWaitIsNeverLongerThanADay() {
        Backoff b = new Backoff(Duration.ofHours(5), 100);
        assertThat(b.next(3, NOW)).isEqualTo(NOW.plus(Duration.ofHours(20)));
        assertThat(b.next(4, NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(b.next(99, NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void oneAttemptAllowedMeansNoRetry() {
        assertThat(new Backoff(Duration.ofMinutes(1), 1).next(1, NOW)).isNull();
    }
}
