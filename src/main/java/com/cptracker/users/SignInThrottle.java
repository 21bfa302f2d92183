package com.cptracker.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for a username, that username is locked
 * for {@link #LOCK} whether or not the account exists, so the lock-out reveals nothing about which accounts exist.
 * Kept in the database, so every instance of the application shares it.
 */
@Service
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Instant until = jdbc.query("select locked_until from sign_in_throttle where username_key = ?",
                rs -> rs.next() && rs.getTimestamp(1) != null ? rs.getTimestamp(1).toInstant() : null, key(username));
        return until != null && until.isAfter(clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into sign_in_throttle (username_key, failures, last_failure) values (?, 1, ?)
                on conflict (username_key) do update set
                    failures = case when sign_in_throttle.locked_until is not null
                                         and sign_in_throttle.locked_until <= excluded.last_failure
                                    then 1 else sign_in_throttle.failures + 1 end,
                    locked_until = case when sign_in_throttle.locked_until is not null
                                             and sign_in_throttle.locked_until <= excluded.last_failure then null
                                        else sign_in_throttle.locked_until end,
                    last_failure = excluded.last_failure""", key(username), java.sql.Timestamp.from(now));
        jdbc.update("update sign_in_throttle set locked_until = ? where username_key = ? and failures >= ? "
                + "and locked_until is null", java.sql.Timestamp.from(now.plus(LOCK)), key(username), MAX_FAILURES);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.update("delete from sign_in_throttle where username_key = ?", key(username));
    }

    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }
}
