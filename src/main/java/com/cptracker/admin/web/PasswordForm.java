package com.cptracker.admin.web;

import jakarta.validation.constraints.Pattern;

/** A new password for an account, set by an administrator; checked by the password policy. */
record PasswordForm(String password,
                    @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE) String version) {
}
