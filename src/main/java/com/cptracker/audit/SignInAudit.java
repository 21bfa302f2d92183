package com.cptracker.audit;

import com.cptracker.users.SignInFailed;
import com.cptracker.users.SignInThrottled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records failed sign-ins and refusals to try, published by the users module's throttle in its own transaction.
 * Each failure costs a password hash and is itself throttled; a stretch of refusals, which cost nothing, is recorded
 * once, so a flood of attempts adds at most one record per failure.
 */
@Component
class SignInAudit {

    private final AuditService audit;

    SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SignInFailed e) {
        audit.recordSignIn(e.username(), e.clientAddress(), "SIGN IN FAILED", null);
    }

    @EventListener
    void on(SignInThrottled e) {
        audit.recordSignIn(e.username(), e.clientAddress(), "SIGN IN THROTTLED", e.reason());
    }
}
