package com.cptracker.users;

/**
 * A sign-in whose password was checked and refused, whatever the reason (wrong password, no such account, account
 * disabled). Holds the username as typed and the client's address; never the password.
 */
public record SignInFailed(String username, String clientAddress) {}
