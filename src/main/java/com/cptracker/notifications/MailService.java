package com.cptracker.notifications;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.notifications.domain.OutboxRow;
import com.cptracker.notifications.domain.OutboxStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pages' side of mail: a person's choice of immediate mail or a weekly digest, and the administrators' outbox. */
@Service
@Transactional(readOnly = true)
public class MailService {

    /** The states of the outbox, as its filter offers them. */
    public static final List<String> STATES =
            List.of("PENDING", "HELD", "SENT", "LOGGED", "FAILED", "NO_ADDRESS", "DIGESTED");

    private final OutboxStore store;
    private final AuditService audit;
    private final Clock clock;

    MailService(OutboxStore store, AuditService audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's choice: a weekly digest or not, and its version (-1 when never chosen: mail at once). */
    public record Choice(boolean digest, long version) {}

    public record OutboxPage(Map<String, Long> counts, List<OutboxEntry> entries) {}

    public Choice choice(long userId) {
        return store.preference(userId)
                .map(p -> new Choice(p.getKey(), p.getValue()))
                .orElse(new Choice(false, -1));
    }

    @Transactional
    public void choose(long userId, boolean digest, long expectedVersion) {
        Choice before = choice(userId);
        if (!store.choose(userId, digest, expectedVersion, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        if (!digest) {
            store.release(userId, clock.instant()); // what was held for the digest goes now, not at the week's end
        }
        audit.recordUpdate(
                "mail-preference",
                userId,
                "Email choice",
                Changes.create().field("weekly digest", before.digest(), digest));
    }

    /** The newest mails (at most {@code limit}), of one state or all ({@code null}), and how many are in each state. */
    public OutboxPage outbox(String state, int limit) {
        return new OutboxPage(store.countsByState(), store.latest(state, limit));
    }

    /** Puts a failed mail back to be sent now, from its first attempt; audited. */
    @Transactional
    public void retry(long id, long expectedVersion) {
        OutboxRow row = store.find(id).orElseThrow(() -> new NotFoundException("mail", id));
        if (!store.retry(id, expectedVersion, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        audit.record(
                "mail",
                id,
                row.entry().subject(),
                "RETRY",
                Changes.create()
                        .field("state", row.entry().state(), "PENDING")
                        .field("attempts", row.entry().attempts(), 0),
                null);
    }
}
