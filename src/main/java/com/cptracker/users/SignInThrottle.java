package com.cptracker.users;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing where it comes from, so that it can never be turned against the person whose username
 * is typed. Failures are counted per client (its address, or for IPv6 its /64 network) and username typed, existing
 * or not, and per client across every username. Once a count reaches its free failures ({@value
 * #FREE_FAILURES_PER_USERNAME} for one username, {@value #FREE_FAILURES_PER_CLIENT} across usernames), each further
 * attempt from that client must wait after the last failure: 1 second, then 2, 4, 8 and so on, at most
 * {@link #LONGEST_WAIT}. A refused attempt is not checked and does not count. A success from a client clears its
 * failures for that username, in both counts. A count with no failure for {@link #FORGET_AFTER} is forgotten.
 * <p>
 * Kept in the database, so every instance of the application shares it. Each attempt is counted as a failure before
 * its password is checked, under a row lock, so that attempts sent all at once cannot all slip through; a success
 * takes it back.
 */
@Service
public class SignInThrottle {

    public static final int FREE_FAILURES_PER_USERNAME = 5;
    public static final int FREE_FAILURES_PER_CLIENT = 30;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** The username key of a client's count across every username; a blank username is counted only there. */
    private static final String EVERY_USERNAME = "";

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Whether this attempt's password may be checked now. If so it is counted as a failure until
     * {@link #succeeded} takes it back; if not, the first refusal since the last failure is published.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean attempt(String clientAddress, String username) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        String client = clientKey(clientAddress);
        String user = usernameKey(username);
        forgetOldCounts(now);
        Count all = lock(client, EVERY_USERNAME, now);
        if (all.mustWait(FREE_FAILURES_PER_CLIENT, now)) { // before a row for the username, so refusals add none
            refuse(all, username, clientAddress, "Too many failed sign-ins from this address");
            return false;
        }
        Count one = user.isEmpty() ? null : lock(client, user, now);
        if (one != null && one.mustWait(FREE_FAILURES_PER_USERNAME, now)) {
            refuse(one, username, clientAddress, "Too many failed sign-ins with this username from this address");
            return false;
        }
        countFailure(all, now);
        if (one != null) {
            countFailure(one, now);
        }
        return true;
    }

    /** Records that an attempt let through by {@link #attempt} failed its check; it is already counted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String clientAddress, String username) {
        events.publishEvent(new SignInFailed(username, clientAddress));
    }

    /**
     * Clears this client's failures for this username, from its count across usernames too, and deletes what is left
     * at nothing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String clientAddress, String username) {
        String client = clientKey(clientAddress);
        String user = usernameKey(username);
        if (user.isEmpty()) {
            return;
        }
        jdbc.update("""
                update sign_in_throttle_by_client set failures = greatest(0, failures - coalesce((
                    select mine.failures from sign_in_throttle_by_client mine
                    where mine.client_key = ? and mine.username_key = ?), 0))
                where client_key = ? and username_key = ?""", client, user, client, EVERY_USERNAME);
        jdbc.update(
                "delete from sign_in_throttle_by_client where client_key = ? and (username_key = ? "
                        + "or username_key = ? and failures = 0)",
                client,
                user,
                EVERY_USERNAME);
    }

    /** How long after the last failure the next attempt must wait, once a count has had its free failures. */
    static Duration waitAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - freeFailures, 30));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * The client an address belongs to: the address itself, or for IPv6 its /64 network, which one household or
     * office is given whole and could otherwise use to start afresh at every attempt.
     */
    static String clientKey(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        int scope = a.indexOf('%');
        String literal = scope < 0 ? a : a.substring(0, scope);
        if (literal.indexOf(':') >= 0 && IPV6_LITERAL.matcher(literal).matches()) { // a literal: nothing is looked up
            try {
                InetAddress parsed = InetAddress.getByName(literal);
                if (parsed instanceof Inet6Address) {
                    byte[] b = parsed.getAddress();
                    return String.format("%x:%x:%x:%x::/64", word(b, 0), word(b, 2), word(b, 4), word(b, 6));
                }
                return parsed.getHostAddress(); // IPv4 written as IPv6
            } catch (UnknownHostException e) {
                // not an address after all: counted under the text as given
            }
        }
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private static int word(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static String usernameKey(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    /** Deletes a few counts quiet for a day, skipping any another sign-in holds, so that none is ever waited for. */
    private void forgetOldCounts(Instant now) {
        jdbc.update("""
                delete from sign_in_throttle_by_client where (client_key, username_key) in (
                    select client_key, username_key from sign_in_throttle_by_client where last_failure < ?
                    order by last_failure limit 100 for update skip locked)""", Timestamp.from(now.minus(FORGET_AFTER)));
    }

    /** A client's count, created if new, locked until this transaction ends. */
    private Count lock(String client, String user, Instant now) {
        return jdbc.queryForObject(
                """
                insert into sign_in_throttle_by_client as t (client_key, username_key, last_failure) values (?, ?, ?)
                on conflict (client_key, username_key) do update set failures = t.failures
                returning failures, last_failure, refusal_recorded""",
                (rs, n) -> {
                    Instant last = rs.getTimestamp("last_failure").toInstant();
                    boolean forgotten = last.isBefore(now.minus(FORGET_AFTER));
                    return new Count(
                            client,
                            user,
                            forgotten ? 0 : rs.getInt("failures"),
                            last,
                            !forgotten && rs.getBoolean("refusal_recorded"));
                },
                client,
                user,
                Timestamp.from(now));
    }

    private void refuse(Count count, String username, String clientAddress, String reason) {
        if (!count.refusalRecorded()) {
            jdbc.update(
                    "update sign_in_throttle_by_client set refusal_recorded = true "
                            + "where client_key = ? and username_key = ?",
                    count.client(),
                    count.user());
            events.publishEvent(new SignInThrottled(username, clientAddress, reason));
        }
    }

    private void countFailure(Count count, Instant now) {
        jdbc.update(
                "update sign_in_throttle_by_client set failures = ?, last_failure = ?, refusal_recorded = false "
                        + "where client_key = ? and username_key = ?",
                count.failures() + 1,
                Timestamp.from(now),
                count.client(),
                count.user());
    }

    private record Count(String client, String user, int failures, Instant lastFailure, boolean refusalRecorded) {

        boolean mustWait(int freeFailures, Instant now) {
            Duration wait = waitAfter(failures, freeFailures);
            return wait.isPositive() && now.isBefore(lastFailure.plus(wait));
        }
    }
}
