package com.cptracker.users;

import java.util.Set;

/** A user as other modules and pages see them: never the password hash. */
public record UserSummary(
        long id, String username, String displayName, String jobTitle, Set<Role> roles, boolean demo) {

    /** How a list of people to choose from names them: "Sam Jones, Head of Service". */
    public String nameAndTitle() {
        return displayName + (jobTitle == null ? "" : ", " + jobTitle);
    }
}
