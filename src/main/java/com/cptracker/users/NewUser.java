package com.cptracker.users;

import java.util.Set;

/** What is needed to create an account; the password is in clear only until it is hashed. */
public record NewUser(
        String username,
        String displayName,
        String jobTitle,
        String email,
        String password,
        Set<Role> roles,
        boolean demo) {}
