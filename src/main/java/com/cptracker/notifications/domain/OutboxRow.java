package com.cptracker.notifications.domain;

import java.time.Instant;

/** A row of {@code mail_outbox}: one mail to one person, and where its sending stands. */
public record OutboxRow(
        long id,
        String dedupeKey,
        String kind,
        Long recipientId,
        String recipientName,
        String recipientAddress,
        String subject,
        String body,
        String state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        long version) {}
