package com.cptracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.users.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** With no SMTP server configured (the tests' default), mail is written to the log and kept, marked logged. */
@DemoApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class NoMailServerTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailIsLoggedAndKeptNotLost(CapturedOutput output) throws Exception {
        long officer = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        Contact to = new Contact(officer, "Demo officer", "officer@example.org");
        tx.executeWithoutResult(s -> outbox.write(
                "no-smtp-test", MailKind.DEADLINE_NEAR, to, "Due soon: a test", "Dear Demo officer, the body"));
        sender.sendDue();
        for (int i = 0; i < 50 && !"LOGGED".equals(state()); i++) {
            Thread.sleep(100); // or the scheduled sender took it first
        }
        assertThat(state()).isEqualTo("LOGGED");
        assertThat(output.getOut()).contains("Due soon: a test").contains("officer@example.org");
        assertThat(jdbc.queryForObject("select body from mail_outbox where dedupe_key = 'no-smtp-test'", String.class))
                .isEqualTo("Dear Demo officer, the body");
    }

    private String state() {
        return jdbc.queryForObject("select state from mail_outbox where dedupe_key = 'no-smtp-test'", String.class);
    }
}
