package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ProgressUpdateService;
import com.cptracker.actions.ProgressUpdateService.UpdateInput;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many people save the same action update and the same measure value at once. Each save either lands or is refused
 * with the clear message; none is lost or silently overwritten, and the audit trail holds exactly what landed.
 */
@DemoApplicationTest
// Submits an update and a figure for Cheshire East's open quarter as the demo officer, which can change what
// DemoDataTest counts exactly for that quarter (its status mix, its missing figures); and it needs that quarter open,
// which the tests that publish it (on their own databases) take away, and its action and measure as the demo has them,
// which the administration tests retire and reassign.
@OwnDatabase("concurrent-edits")
class ConcurrentEditsTest {

    static final int THREADS = 16;
    static final ReportingPeriod Q4 = ReportingPeriod.parse("2019-20-Q4");

    @Autowired
    ProgressUpdateService updates;

    @Autowired
    MeasureValueService values;

    @Autowired
    StrategyService strategies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentActionUpdatesEitherLandOrAreRefusedAndTheAuditMatches() throws Exception {
        long strategy = strategies.bySlug("cheshire-east-2018-20").id();
        String ref = jdbc.queryForObject("""
                select a.ref from action a join action_lead l on l.action_id = a.id
                join user_account u on u.id = l.user_id
                where u.username = 'officer' and a.status = 'ACTIVE' order by a.ref limit 1""", String.class);
        long actionId = jdbc.queryForObject(
                "select id from action where ref = ? and strategy_id = ?", Long.class, ref, strategy);
        long version = updates.draft(actionId, Q4).version();
        int auditBefore = audits("progress update", actionId);

        List<String> landed = run(i -> () -> {
            updates.save(
                    strategy,
                    ref,
                    Q4,
                    new UpdateInput(
                            "Writer " + i,
                            Assessment.ON_TRACK,
                            null,
                            "Comment from writer " + i,
                            null,
                            null,
                            true,
                            version));
            return "Writer " + i;
        });

        assertThat(landed)
                .as("exactly one save with the same starting version lands")
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select progress from progress_update where action_id = ? " + "and period_code = ?",
                        String.class,
                        actionId,
                        Q4.code()))
                .isEqualTo(landed.getFirst());
        assertThat(audits("progress update", actionId) - auditBefore).isEqualTo(1);
    }

    @Test
    void concurrentValueEntriesEitherLandOrAreRefusedAndTheAuditMatches() throws Exception {
        long measureId = jdbc.queryForObject("""
                select m.id from measure m join user_account u on u.id = m.owner_user_id
                where u.username = 'officer' order by m.ref limit 1""", Long.class);
        ReportingPeriod period = ReportingPeriod.parse("2019-20-Q4");
        Long current = jdbc.query(
                "select version from measure_value where measure_id = ? and period_code = ? " + "and not superseded",
                rs -> rs.next() ? rs.getLong(1) : -1L,
                measureId,
                period.code());
        int auditBefore = audits("measure value", measureId);

        List<String> landed = run(i -> () -> {
            values.save(
                    List.of(new ValueInput(
                            measureId, period, BigDecimal.valueOf(50 + i), null, null, "Writer " + i, current)),
                    null);
            return String.valueOf(50 + i);
        });

        assertThat(landed).hasSize(1);
        BigDecimal stored = jdbc.queryForObject(
                "select value from measure_value where measure_id = ? " + "and period_code = ? and not superseded",
                BigDecimal.class,
                measureId,
                period.code());
        assertThat(stored).isEqualByComparingTo(landed.getFirst());
        assertThat(jdbc.queryForObject(
                        "select count(*) from measure_value where measure_id = ? "
                                + "and period_code = ? and not superseded",
                        Integer.class,
                        measureId,
                        period.code()))
                .isEqualTo(1);
        assertThat(audits("measure value", measureId) - auditBefore).isEqualTo(1);
    }

    interface Writer {
        Callable<String> as(int i);
    }

    /** Runs every writer at once as the demo officer; returns what landed, failing on anything but a refusal. */
    private List<String> run(Writer writer) throws Exception {
        long officerId = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        CurrentUser officer = new CurrentUser(
                officerId, "officer", "Demo officer", "Care Leavers Team Manager", Set.of(Role.OFFICER), null, true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<String> work = writer.as(i);
            futures.add(pool.submit(() -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
                start.await();
                try {
                    return work.call();
                } catch (ConcurrentChangeException refused) {
                    return null;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> landed = new ArrayList<>();
        for (Future<String> f : futures) {
            String result = f.get();
            if (result != null) {
                landed.add(result);
            }
        }
        pool.shutdown();
        return landed;
    }

    private int audits(String type, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where item_type = ? and item_id = ?", Integer.class, type, id);
    }
}
