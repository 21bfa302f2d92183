/**
 * Accounts and roles (tables {@code user_account}, {@code user_role}): creating and changing accounts, the password
 * policy and bcrypt hashes, signing in against a stored account, and the sign-in throttle ({@code sign_in_throttle},
 * {@code sign_in_throttle_by_client}). Any module may ask who is acting through {@link CurrentUser} and look people up
 * through {@link UserService}. Changes to accounts and refused sign-ins are published as events
 * ({@link UserAccountChanged}, {@link SignInFailed}, {@link SignInThrottled}) for the audit trail, which this module
 * cannot call.
 */
package com.cptracker.users;
