package com.cptracker.platform;

import com.cptracker.users.SignInThrottle;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password as usual, unless {@link SignInThrottle} says the client has failed too often. Every failure
 * answers the same: a wrong password, no such account, a disabled, locked or expired account, or a refusal. Each
 * failure the password was checked for has cost one password hash, and each counts the same.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(
            UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users); // an unknown username is checked against a dummy hash
        this.passwords.setPasswordEncoder(passwordEncoder);
        // The account's state only after its password, so that a disabled account costs the same as a wrong password
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (!throttle.attempt(client, username)) {
            throw refused();
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.failed(client, username);
            throw refused();
        }
        throttle.succeeded(client, username);
        return result;
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
