package com.cptracker.admin.web;

/** A new password for an account, set by an administrator; checked by the password policy. Never shown back. */
record PasswordForm(String password, Long version) {}
