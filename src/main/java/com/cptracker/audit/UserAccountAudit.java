package com.cptracker.audit;

import com.cptracker.users.UserAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to accounts. The users module cannot call the audit trail directly (the trail asks it who is
 * signed in), so it publishes an event; this listener runs in the publisher's transaction.
 */
@Component
class UserAccountAudit {

    private final AuditService audit;

    UserAccountAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UserAccountChanged e) {
        Changes changes = Changes.create();
        e.changes().forEach(c -> changes.field(c.field(), c.before(), c.after()));
        audit.record("user", e.userId(), e.username(), e.action(), changes, null);
    }
}
