package com.cptracker.notifications.domain;

import com.cptracker.notifications.OutboxEntry;

/** A row of {@code mail_outbox}: the mail as the outbox page shows it, with its dedupe key and its body. */
public record OutboxRow(OutboxEntry entry, String dedupeKey, String body) {

    public long id() {
        return entry.id();
    }
}
