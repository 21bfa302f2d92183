package com.cptracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.support.DemoApplicationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a quarter plans its reminders at once, not at the schedule's next run (the tests' schedule plans once a
 * week): the lead with something outstanding has the "now open" reminder within seconds, once.
 */
@DemoApplicationTest
class RemindersOnOpeningTest {

    private static final String QUARTER = "2019-20-Q4";

    @Autowired
    QuarterService quarters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openingAQuarterWritesEachLeadsReminderAtOnce() throws Exception {
        long strategy = jdbc.queryForObject("select id from strategy where slug = 'cheshire-east-2018-20'", Long.class);
        long officer = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        assertThat(opened(officer))
                .as("no reminder before the quarter is opened")
                .isZero();

        // the demo's open quarter, closed and opened again with a deadline a month away (its own is long past, which
        // would make the reminder an overdue one), as an administrator reopens one; put back as it was after
        QuarterStatus open = status(strategy);
        quarters.close(strategy, QUARTER, open.version());
        quarters.open(
                strategy,
                QUARTER,
                LocalDate.now().plusDays(30),
                status(strategy).version());
        try {

            for (int i = 0; i < 200 && opened(officer) == 0; i++) {
                Thread.sleep(100);
            }
            assertThat(opened(officer))
                    .as("the officer's 'now open' reminder, written once")
                    .isOne();
            assertThat(jdbc.queryForObject(
                            "select subject from mail_outbox where kind = 'QUARTER_OPENED' and recipient_id = ?",
                            String.class,
                            officer))
                    .startsWith("Now open: your updates for 2019-20 Q4");
        } finally {
            quarters.close(strategy, QUARTER, status(strategy).version());
            quarters.open(strategy, QUARTER, open.deadline(), status(strategy).version());
        }
    }

    private QuarterStatus status(long strategy) {
        return quarters.statuses(strategy, List.of(ReportingPeriod.parse(QUARTER)))
                .getFirst();
    }

    private int opened(long officer) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where kind = 'QUARTER_OPENED' and recipient_id = ?"
                        + " and dedupe_key like ?",
                Integer.class,
                officer,
                "%:" + QUARTER + ":%");
    }
}
