package com.cptracker.users;

import java.util.Set;

/** What an administrator enters about an account, and what an edit starts from. Never a password hash. */
public final class UserEdits {

    private UserEdits() {}

    public record UserFields(String displayName, String email, String jobTitle, Set<Role> roles) {}

    public record UserEdit(long id, String username, UserFields fields, boolean enabled, boolean demo, long version) {

        public String displayName() {
            return fields.displayName();
        }

        public boolean has(Role role) {
            return fields.roles().contains(role);
        }
    }
}
