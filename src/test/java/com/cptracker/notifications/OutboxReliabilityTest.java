package com.cptracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.CorporateParentingTrackerApplication;
import com.cptracker.support.TestDatabaseConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox across instances and restarts, on one PostgreSQL, with real SMTP into GreenMail: an instance whose mail
 * server refuses records each failed attempt and its next try, and is stopped with all its mail pending; then two
 * instances start and both poll the same outbox every 50 ms. Every mail arrives exactly once.
 */
class OutboxReliabilityTest {

    private static final int MAILS = 40;

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final List<ConfigurableApplicationContext> RUNNING = new ArrayList<>();

    @AfterAll
    static void stopAll() {
        RUNNING.forEach(ConfigurableApplicationContext::close);
        SMTP.stop();
    }

    @Test
    void mailPendingWhenAnInstanceStopsIsSentOnceByTwoInstancesAfter() throws Exception {
        SMTP.start();
        JdbcConnectionDetails database = TestDatabaseConfiguration.freshEmbeddedDatabase();

        // 1. an instance whose mail server is not there: each mail is tried, fails, and waits for its next attempt
        ConfigurableApplicationContext first = start(database, closedPort(), "100ms");
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        for (int i = 1; i <= MAILS; i++) {
            jdbc.update("""
                    insert into mail_outbox (dedupe_key, kind, recipient_name, recipient_address, subject, body, state,
                    next_attempt_at, created_at) values (?, 'OVERDUE', 'Officer', ?, ?, 'Outstanding: action 1a',
                    'PENDING', now(), now())""", "test:" + i, "officer" + (i % 4) + "@example.org", "Mail " + i);
        }
        waitFor(() -> count(jdbc, "attempts = 1 and state = 'PENDING' and last_error is not null") == MAILS);
        Map<String, Object> failed = jdbc.queryForMap(
                "select attempts, state, last_error, next_attempt_at > now() + interval '50 minutes' as later"
                        + " from mail_outbox where dedupe_key = 'test:1'");
        assertThat(failed).containsEntry("later", true).containsEntry("state", "PENDING");
        first.close();
        RUNNING.remove(first);

        // 2. two instances start against the same outbox (one after the other: Spring Boot's logging set-up is global
        // to the JVM, and two applications starting at once in one JVM race on it); the mail waits for its next attempt
        // until both are running, then the wait is over and both poll it every 50 ms
        start(database, SMTP.getSmtp().getPort(), "50ms");
        start(database, SMTP.getSmtp().getPort(), "50ms");
        JdbcTemplate after = RUNNING.getFirst().getBean(JdbcTemplate.class);
        after.update("update mail_outbox set next_attempt_at = now()");
        waitFor(() -> count(after, "state = 'SENT'") == MAILS);
        Thread.sleep(1_000); // both instances poll many more times: nothing is sent again

        MimeMessage[] received = SMTP.getReceivedMessages();
        Map<String, Long> bySubject = Arrays.stream(received)
                .map(OutboxReliabilityTest::subject)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(MAILS);
        assertThat(bySubject)
                .hasSize(MAILS)
                .allSatisfy((subject, n) -> assertThat(n).isOne());
        assertThat(count(after, "attempts = 2 and sent_at is not null")).isEqualTo(MAILS);
    }

    private static ConfigurableApplicationContext start(JdbcConnectionDetails database, int smtpPort, String poll) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        CorporateParentingTrackerApplication.class)
                .run(TestDatabaseConfiguration.applicationArguments(
                        database,
                        "--cptracker.demo-data.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                        "--cptracker.mail.poll-interval=" + poll,
                        "--cptracker.mail.retry-delay=1h"));
        synchronized (RUNNING) {
            RUNNING.add(context);
        }
        return context;
    }

    private static int count(JdbcTemplate jdbc, String where) {
        return jdbc.queryForObject("select count(*) from mail_outbox where " + where, Integer.class);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(until);
            Thread.sleep(100);
        }
    }
}
