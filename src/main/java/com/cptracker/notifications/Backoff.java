package com.cptracker.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail whose sending failed is tried again: {@code first} after the first failure, doubling after each further
 * one up to a day; never again (null) once it has been tried {@code maxAttempts} times.
 */
record Backoff(Duration first, int maxAttempts) {

    static final Duration LONGEST = Duration.ofDays(1);

    /** The next attempt after attempt number {@code attempt} (1 for the first) failed at {@code now}, or null. */
    Instant next(int attempt, Instant now) {
        if (attempt >= maxAttempts) {
            return null;
        }
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
