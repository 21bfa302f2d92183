package com.cptracker.platform;

import com.cptracker.users.UserAccountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Signs a person out everywhere once their account is disabled, their roles change or their password is reset: their
 * sessions in the database are deleted after the change commits, so a stale session keeps no old rights.
 */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionRevocation(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(UserAccountChanged change) {
        boolean revoke = switch (change.action()) {
            case "DISABLE", "PASSWORD" -> true;
            case "UPDATE" ->
                change.changes().stream().anyMatch(c -> c.field().toLowerCase().contains("role"));
            default -> false;
        };
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (!revoke || repository == null) {
            return;
        }
        var found = repository.findByPrincipalName(change.username());
        found.keySet().forEach(repository::deleteById);
        log.info("Ended {} session(s) of {} after {}", found.size(), change.username(), change.action());
    }
}
