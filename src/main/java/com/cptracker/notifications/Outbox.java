package com.cptracker.notifications;

import com.cptracker.notifications.domain.OutboxStore;
import com.cptracker.users.Contact;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a mail to the outbox in the transaction of the change that causes it, and refuses to run outside one: the
 * change and its mail are saved together or not at all. The sender ({@link OutboxSender}) sends it afterwards.
 */
@Service
public class Outbox {

    static final String NO_ADDRESS = "This person has no email address: add one to their account";

    private final OutboxStore store;
    private final Clock clock;

    Outbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes a mail to a person, once: false, writing nothing, when a mail with this dedupe key exists. A notice to a
     * person who chose the weekly digest is held for it; to a person with no address, it is kept as not sendable.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean write(String dedupeKey, MailKind kind, Contact to, String subject, String body) {
        String state;
        String error = null;
        if (!to.reachable()) {
            state = "NO_ADDRESS";
            error = NO_ADDRESS;
        } else if (kind.notice()
                && store.preference(to.id()).map(Map.Entry::getKey).orElse(false)) {
            state = "HELD";
        } else {
            state = "PENDING";
        }
        return store.insert(
                dedupeKey,
                kind.name(),
                to.id(),
                to.displayName(),
                to.reachable() ? to.email().strip() : null,
                subject,
                body,
                state,
                error,
                clock.instant());
    }
}
