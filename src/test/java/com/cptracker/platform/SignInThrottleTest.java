package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed sign-ins slow down whoever makes them, from the address they come from, and never the person whose username
 * was typed: from any other address that person signs in at once. Every failure, whatever its cause, answers the same
 * way after the same password check, counts the same, and is in the audit trail.
 */
@DemoApplicationTest
// Disables the demo administrator and throttles sign-ins, on a stopped clock of its own (StoppedClock below, which
// with the spied PasswordEncoder would give it a context of its own anyway).
@OwnDatabase("sign-in-throttle")
class SignInThrottleTest {

    static final String PASSWORD = "demo-password";

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            // Nanoseconds the database rounds up, as it often does a real clock's: a new count is not yet a failure
            return new TestClock(Instant.parse("2025-06-02T09:00:00.000000999Z"), ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Clock applicationClock;

    @MockitoSpyBean
    PasswordEncoder passwordEncoder;

    @Test
    void guessesFromOneAddressNeverStopThePersonSigningInFromAnother() throws Exception {
        for (int i = 0; i < 12; i++) {
            signIn("203.0.113.10", "officer", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("198.51.100.20", "officer", PASSWORD)
                .andExpect(authenticated().withUsername("officer"))
                .andExpect(redirectedUrl("/"));
        assertThat(throttleRows("198.51.100.20"))
                .as("a success leaves nothing behind")
                .isZero();
    }

    @Test
    void fromTheGuessingAddressTheWaitDoublesAfterFiveFailuresAndTheAnswerIsAWrongPasswordsAnswer() throws Exception {
        assertThat(applicationClock)
                .as("the application runs on the test's clock")
                .isSameAs(clock);
        String address = "203.0.113.11";
        for (int i = 0; i < 5; i++) {
            signIn(address, "officer", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn(address, "officer", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofSeconds(1));
        signIn(address, "officer", "guess-5").andExpect(redirectedUrl("/login?error")); // 1s after the fifth: checked
        clock.advance(Duration.ofSeconds(1));
        signIn(address, "officer", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofSeconds(1));
        signIn(address, "officer", "guess-6").andExpect(redirectedUrl("/login?error")); // 2s after the sixth
        clock.advance(Duration.ofSeconds(3));
        signIn(address, "officer", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        clearInvocations(passwordEncoder);
        clock.advance(Duration.ofSeconds(1)); // 4s after the seventh
        signIn(address, "officer", PASSWORD).andExpect(authenticated().withUsername("officer"));
        signIn(address, "officer", "guess-7").andExpect(redirectedUrl("/login?error")); // a success starts afresh
        signIn(address, "officer", PASSWORD).andExpect(authenticated().withUsername("officer"));
        verify(passwordEncoder, times(3)).matches(any(), any());
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() throws Exception {
        String address = "203.0.113.12";
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(15));
            signIn(address, "board", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        signIn(address, "board", PASSWORD).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(1));
        signIn(address, "board", PASSWORD).andExpect(authenticated().withUsername("board"));
    }

    @Test
    void sprayingManyUsernamesFromOneAddressIsSlowedForThatAddress() throws Exception {
        String address = "203.0.113.13";
        for (int i = 0; i < 30; i++) {
            signIn(address, "person-" + i, "Summer2025!").andExpect(redirectedUrl("/login?error"));
        }
        signIn(address, "board", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        long rows = throttleRows(address);
        for (int i = 30; i < 40; i++) {
            signIn(address, "person-" + i, "Summer2025!").andExpect(redirectedUrl("/login?error"));
        }
        assertThat(throttleRows(address)).as("refused attempts store nothing").isEqualTo(rows);
        signIn("198.51.100.21", "board", PASSWORD).andExpect(authenticated().withUsername("board"));
        clock.advance(Duration.ofSeconds(1));
        signIn(address, "board", PASSWORD).andExpect(authenticated().withUsername("board"));
    }

    @Test
    void attemptsSentAllAtOnceAreCountedBeforeTheirPasswordsAreCheckedSoTheyCannotAllSlipThrough() throws Exception {
        String address = "203.0.113.17";
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "guess-" + i;
                attempts.add(threads.submit(() -> {
                    start.await();
                    return signIn(address, "parallel.person", guess).andExpect(redirectedUrl("/login?error"));
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(signInEvents("parallel.person"))
                .containsExactlyInAnyOrder(
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN THROTTLED");
    }

    @Test
    void addressesInOneIpv6Slash64CountAsOneAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("2001:db8:5:6::" + Integer.toHexString(i + 1), "officer", "guess-" + i)
                    .andExpect(redirectedUrl("/login?error"));
        }
        signIn("2001:db8:5:6:ffff::99", "officer", PASSWORD).andExpect(unauthenticated());
        signIn("2001:db8:5:7::1", "officer", PASSWORD).andExpect(authenticated().withUsername("officer"));
    }

    @Test
    void aDisabledAccountChecksThePasswordAnswersAsAWrongPasswordAndCountsTheSame() throws Exception {
        jdbc.update("update user_account set enabled = false where username = 'admin'");
        String address = "203.0.113.14";
        clearInvocations(passwordEncoder);
        signIn(address, "admin", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        signIn(address, "admin", "wrong").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        signIn(address, "officer", "wrong").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        signIn(address, "no.such.person", "wrong").andExpect(redirectedUrl("/login?error"));
        verify(passwordEncoder, times(4)).matches(any(), any()); // one hash check each, whatever the cause

        for (int i = 0; i < 3; i++) {
            signIn(address, "admin", i % 2 == 0 ? PASSWORD : "wrong").andExpect(redirectedUrl("/login?error"));
        }
        clearInvocations(passwordEncoder);
        signIn(address, "admin", PASSWORD).andExpect(redirectedUrl("/login?error"));
        verify(passwordEncoder, never()).matches(any(), any()); // the sixth within the second is not even checked
        assertThat(signInEvents("admin"))
                .containsExactly(
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN THROTTLED");
    }

    @Test
    void failuresAndThrottlingAreAuditedOncePerRefusedStretchAndNeverWithThePassword() throws Exception {
        String address = "203.0.113.15";
        for (int i = 0; i < 5; i++) {
            signIn(address, "Audited.Person", "secret-guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        for (int i = 0; i < 10; i++) {
            signIn(address, "Audited.Person", "secret-guess-x").andExpect(redirectedUrl("/login?error"));
        }
        assertThat(signInEvents("audited.person"))
                .containsExactly(
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN FAILED",
                        "SIGN IN THROTTLED");
        assertThat(jdbc.queryForList("""
                select item_label from audit_event where item_type = 'sign-in' and lower(username) = 'audited.person'
                """, String.class)).containsOnly(address);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where item_type = 'sign-in' and (changes::text like '%secret%' or coalesce(reason, '') like '%secret%')
                """, Long.class)).isZero();
    }

    @Test
    void throttleRowsQuietForADayAreDeletedAtTheNextSignIn() throws Exception {
        signIn("203.0.113.16", "someone.old", "guess").andExpect(redirectedUrl("/login?error"));
        assertThat(throttleRows("203.0.113.16")).isPositive();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        signIn("198.51.100.22", "someone.new", "guess").andExpect(redirectedUrl("/login?error"));
        assertThat(throttleRows("203.0.113.16")).isZero();
    }

    private ResultActions signIn(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private List<String> signInEvents(String username) {
        return jdbc.queryForList("""
                select action from audit_event where item_type = 'sign-in' and lower(username) = ? order by id""", String.class, username);
    }

    private long throttleRows(String address) {
        return jdbc.queryForObject(
                "select count(*) from sign_in_throttle_by_client where client_key = ?", Long.class, address);
    }
}
