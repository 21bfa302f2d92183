package com.cptracker.users;

import java.util.List;

/**
 * An account was created or changed, published inside the transaction that changed it so that the audit trail
 * records it in the same transaction. Holds field names and old and new values, never a password.
 */
public record UserAccountChanged(long userId, String username, String action, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {}
}
