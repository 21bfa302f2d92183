package com.cptracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.challenges.ChallengeAnswered;
import com.cptracker.challenges.ChallengeFollowedUp;
import com.cptracker.challenges.ChallengeRaised;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import com.cptracker.work.WorkService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail end to end, into GreenMail: the demo officer's reminders for Cheshire East's open quarter (opened, deadline
 * near, overdue: one each, listing exactly what is outstanding, written once however often planned); the notices of a
 * challenge (its owner, its raiser, at once or in the weekly digest chosen on the person's own page); a person with no
 * address; a refused mail retried from the administrators' outbox.
 */
@DemoApplicationTest
// changes the demo accounts' addresses and the open quarter's deadline, which other tests read
@OwnDatabase("mail-journey")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailJourneyTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("cptracker.mail.base-url", () -> "https://tracker.example");
        registry.add("cptracker.mail.reminder-days", () -> "5");
        // the digest is made today, whatever day the tests run
        registry.add(
                "cptracker.mail.digest-day",
                () -> LocalDate.now(ZoneId.of("Europe/London")).getDayOfWeek());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    private static final String CE = "cheshire-east-2018-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    Digests digests;

    @Autowired
    OutboxSender sender;

    @Autowired
    WorkService work;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void addresses() throws Exception {
        jdbc.update(
                "update user_account set email = username || '@example.org' where username in ('officer', 'board')");
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    @Order(1)
    void aQuarterOpenGivesEachLeadOneReminderOfExactlyWhatIsOutstanding() throws Exception {
        deadlineInDays(30);
        reminders.plan();
        reminders.plan(); // planned again (another instance, a restart): written once
        List<MimeMessage> mails = receivedBy("officer@example.org", 1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).startsWith("Now open: your updates for 2019-20 Q4, Cheshire East");
        String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
        List<String> lines = Arrays.stream(body.split("\n"))
                .filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2))
                .toList();
        long officer = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        var mine = work.myWork(officer).stream()
                .filter(w -> w.strategy().slug().equals(CE))
                .findFirst()
                .orElseThrow();
        assertThat(lines).as("exactly what My work lists as outstanding").isEqualTo(Reminders.outstanding(mine));
        assertThat(lines).isNotEmpty();
        assertThat(body).contains("https://tracker.example/my");
        // the person's own items only: no other measure of the strategy is named, and no figure is given
        List<String> others = jdbc.queryForList(
                "select ref from measure m join strategy s on s.id = m.strategy_id where s.slug = ?"
                        + " and (m.owner_user_id is null or m.owner_user_id <> ?)",
                String.class,
                CE,
                officer);
        assertThat(others).isNotEmpty().allSatisfy(ref -> assertThat(body).doesNotContain("Measure " + ref + ":"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where kind = 'QUARTER_OPENED' and recipient_id = ?",
                        Integer.class,
                        officer))
                .isOne();
        assertThat(receivedBy("board@example.org", 0))
                .as("nothing to do, no mail")
                .isEmpty();
    }

    @Test
    @Order(2)
    void nearTheDeadlineAndOnceOverdueAReminderEach() throws Exception {
        deadlineInDays(3);
        reminders.plan();
        assertThat(receivedBy("officer@example.org", 1).getFirst().getSubject()).startsWith("Due soon:");
        SMTP.purgeEmailFromAllMailboxes();
        deadlineInDays(-1);
        // two instances planning at the same moment: one mail
        var one = CompletableFuture.runAsync(reminders::plan);
        var two = CompletableFuture.runAsync(reminders::plan);
        CompletableFuture.allOf(one, two).join();
        MimeMessage overdue = receivedBy("officer@example.org", 1).getFirst();
        assertThat(overdue.getSubject()).startsWith("Overdue:");
        assertThat(GreenMailUtil.getBody(overdue)).contains("has passed");
        assertThat(overdue.getMessageID())
                .as("the row's own Message-ID")
                .matches("<outbox-\\d+\\.[0-9a-f]+@tracker.example>");
    }

    @Test
    @Order(3)
    void aChallengeTellsItsOwnerAndItsAnswerTellsTheRaiser() throws Exception {
        long officer = id("officer");
        long board = id("board");
        tx.executeWithoutResult(s -> events.publishEvent(new ChallengeRaised(
                41,
                1,
                CE,
                "Cheshire East",
                "Measure P1.2",
                "Why is this red?",
                LocalDate.of(2026, 6, 1),
                board,
                "Demo board member",
                Set.of(officer))));
        MimeMessage raised = receivedBy("officer@example.org", 1).getFirst();
        assertThat(raised.getSubject()).isEqualTo("New challenge: Measure P1.2");
        assertThat(GreenMailUtil.getBody(raised))
                .contains("Why is this red?")
                .contains("https://tracker.example/strategies/cheshire-east-2018-20/challenges/41")
                .as("where the person chooses how mail comes")
                .contains("on your email page: https://tracker.example/my/email");

        tx.executeWithoutResult(s -> events.publishEvent(new ChallengeAnswered(
                41,
                1,
                CE,
                "Cheshire East",
                "Measure P1.2",
                "Why is this red?",
                "Two placements ended.",
                officer,
                "Demo officer",
                board)));
        MimeMessage answered = receivedBy("board@example.org", 1).getFirst();
        assertThat(answered.getSubject()).isEqualTo("Your challenge was answered: Measure P1.2");
        assertThat(GreenMailUtil.getBody(answered)).contains("Two placements ended.");

        assertThatThrownBy(() -> events.publishEvent(new ChallengeAnswered(
                        41, 1, CE, "Cheshire East", "Measure P1.2", "Q", "outside", officer, "Demo officer", board)))
                .as("a notice is written only in the transaction of the step that causes it")
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @Order(4)
    void aPersonWhoChoseTheDigestGetsTheirNoticesAsOneMailOnce() throws Exception {
        SignedIn officerPage = SignedIn.as(mvc, "officer");
        Document page = officerPage.page("/my/email");
        assertThat(page.select("input[name=delivery][checked]").attr("value")).isEqualTo("IMMEDIATE");
        mvc.perform(post("/my/email")
                        .session(officerPage.session())
                        .with(csrf())
                        .param("delivery", "WEEKLY")
                        .param("version", page.select("input[name=version]").val()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/email"));
        long officer = id("officer");
        long board = id("board");
        for (int challenge : List.of(51, 52)) {
            tx.executeWithoutResult(s -> events.publishEvent(new ChallengeFollowedUp(
                    challenge,
                    1,
                    CE,
                    "Cheshire East",
                    "Action 1a",
                    "Still waiting for the figures",
                    null,
                    board,
                    "Demo board member",
                    Set.of(officer))));
        }
        sender.sendDue();
        assertThat(receivedBy("officer@example.org", 0))
                .as("held for the digest")
                .isEmpty();

        assertThat(digests.makeDue()).isOne();
        assertThat(digests.makeDue()).as("once a week").isZero();
        MimeMessage digest = receivedBy("officer@example.org", 1).getFirst();
        assertThat(digest.getSubject()).isEqualTo("Your weekly digest: 2 notices");
        assertThat(GreenMailUtil.getBody(digest))
                .contains("/challenges/51")
                .contains("/challenges/52")
                .contains("Still waiting for the figures");

        // held again, then the person goes back to mail at once: what was held goes now
        tx.executeWithoutResult(s -> events.publishEvent(new ChallengeFollowedUp(
                53,
                1,
                CE,
                "Cheshire East",
                "Action 1b",
                "And this one?",
                null,
                board,
                "Demo board member",
                Set.of(officer))));
        Document weekly = officerPage.page("/my/email");
        mvc.perform(post("/my/email")
                        .session(officerPage.session())
                        .with(csrf())
                        .param("delivery", "IMMEDIATE")
                        .param("version", weekly.select("input[name=version]").val()))
                .andExpect(redirectedUrl("/my/email"));
        assertThat(receivedBy("officer@example.org", 2).getLast().getSubject())
                .isEqualTo("Challenge followed up: Action 1b");
        mvc.perform(post("/my/email")
                        .session(officerPage.session())
                        .with(csrf())
                        .param("delivery", "WEEKLY")
                        .param(
                                "version",
                                officerPage
                                        .page("/my/email")
                                        .select("input[name=version]")
                                        .val()))
                .andExpect(redirectedUrl("/my/email"));

        // a badly typed choice is refused beside its field, not a 500, and nothing changes
        mvc.perform(post("/my/email")
                        .session(officerPage.session())
                        .with(csrf())
                        .param("delivery", "DAILY"))
                .andExpect(status().isOk());
        assertThat(officerPage
                        .page("/my/email")
                        .select("input[name=delivery][checked]")
                        .attr("value"))
                .isEqualTo("WEEKLY");
    }

    @Test
    @Order(5)
    void aPersonWithNoAddressIsRecordedNotAnError() {
        jdbc.update("update user_account set email = null where username = 'board'");
        tx.executeWithoutResult(s -> events.publishEvent(new ChallengeAnswered(
                61, 1, CE, "Cheshire East", "Action 2b", "Q", "A", id("officer"), "Demo officer", id("board"))));
        assertThat(jdbc.queryForMap(
                        "select state, last_error from mail_outbox where dedupe_key like 'challenge-answered:61:%'"))
                .containsEntry("state", "NO_ADDRESS")
                .containsEntry("last_error", Outbox.NO_ADDRESS);
    }

    @Test
    @Order(6)
    void anAdministratorSeesTheOutboxAndTriesAFailedMailAgain() throws Exception {
        jdbc.update("""
                insert into mail_outbox (dedupe_key, kind, recipient_id, recipient_name, recipient_address, subject,
                body, state, attempts, last_error, next_attempt_at, created_at) select 'failed-once', 'OVERDUE', id,
                display_name, 'officer@example.org', 'Tried too often', 'Dear officer', 'FAILED', 8,
                'Connection refused', now(), now() from user_account where username = 'officer'""");
        SignedIn admin = SignedIn.as(mvc, "admin");
        Document outbox = admin.page("/admin/mail", "state", "FAILED");
        assertThat(outbox.text()).contains("Tried too often").contains("Connection refused");
        long failed = jdbc.queryForObject("select count(*) from mail_outbox where state = 'FAILED'", Long.class);
        assertThat(outbox.select("a[href$=state=FAILED]").text())
                .as("each state's count, from the outbox")
                .isEqualTo("Failed: " + failed);
        var retry = outbox.select("form[action$=/retry]").first();
        assertThat(retry).isNotNull();
        assertThat(admin.page("/admin/mail").text()).doesNotContain("Dear officer");

        mvc.perform(post(retry.attr("action"))
                        .session(admin.session())
                        .with(csrf())
                        .param("version", retry.select("input[name=version]").val()))
                .andExpect(redirectedUrl("/admin/mail"));
        assertThat(receivedBy("officer@example.org", 1).getFirst().getSubject()).isEqualTo("Tried too often");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_type = 'mail' and action = 'RETRY'",
                        Integer.class))
                .isOne();
        // the same page posted again is out of date: refused, not sent twice
        mvc.perform(post(retry.attr("action"))
                        .session(admin.session())
                        .with(csrf())
                        .param("version", retry.select("input[name=version]").val()))
                .andExpect(redirectedUrl("/admin/mail"));
        assertThat(jdbc.queryForObject("select state from mail_outbox where dedupe_key = 'failed-once'", String.class))
                .isEqualTo("SENT");
    }

    @Test
    @Order(7)
    void aSelfAssessmentRaterIsRemindedOfTheCriteriaNotYetRated() throws Exception {
        long strategy = jdbc.queryForObject("select id from strategy where slug = ?", Long.class, CE);
        jdbc.update("insert into assessment_framework (strategy_id, name) values (?, 'Principles')", strategy);
        jdbc.update(
                "insert into assessment_criterion (framework_id, position, ref, title, lead_user_id) select id, 1,"
                        + " '(a)', 'Best interests', ? from assessment_framework where strategy_id = ?",
                id("board"),
                strategy);
        reminders.plan();
        MimeMessage mail = receivedBy("board@example.org", 1).getFirst();
        assertThat(mail.getSubject()).startsWith("Overdue:");
        assertThat(GreenMailUtil.getBody(mail)).contains("- Self-assessment rating: (a) Best interests");
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private void deadlineInDays(int days) {
        jdbc.update(
                "update reporting_quarter set deadline = ? where state = 'OPEN' and strategy_id ="
                        + " (select id from strategy where slug = ?)",
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(days),
                CE);
    }

    /** The mail to one address, once {@code expected} mails have arrived in all (or after a short wait, for none). */
    private static List<MimeMessage> receivedBy(String address, int expected) throws Exception {
        SMTP.waitForIncomingEmail(expected == 0 ? 1_500 : 10_000, Math.max(expected, 1));
        Thread.sleep(300); // any mail too many would have arrived by now
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                to.add(m);
            }
        }
        return to;
    }
}
