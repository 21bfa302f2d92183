package com.cptracker.users;

import java.util.Set;

/** A user as other modules and pages see them: never the password hash. */
public record UserSummary(
        long id, String username, String displayName, String jobTitle, Set<Role> roles, boolean demo) {}
