package com.cptracker.users;

/**
 * A sign-in refused without checking its password, because of earlier failures from the same client; published once
 * for each stretch of refusals, not for each refusal. Holds the username as typed, the client's address and which
 * limit was reached.
 */
public record SignInThrottled(String username, String clientAddress, String reason) {}
