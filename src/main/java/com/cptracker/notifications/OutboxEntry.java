package com.cptracker.notifications;

import java.time.Instant;

/** A mail as the outbox page shows it, and where its sending stands: never its body. */
public record OutboxEntry(
        long id,
        String kind,
        String recipientName,
        String recipientAddress,
        String subject,
        String state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        long version) {

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
