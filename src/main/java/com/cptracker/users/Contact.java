package com.cptracker.users;

/** Where a person is told things: their name as shown and their email address, null when they have none. */
public record Contact(long id, String displayName, String email) {

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
