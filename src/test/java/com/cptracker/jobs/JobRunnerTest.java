package com.cptracker.jobs;

import static com.cptracker.jobs.JobTestSupport.finishLeftovers;
import static com.cptracker.jobs.JobTestSupport.rows;
import static com.cptracker.jobs.JobTestSupport.submitAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.jobs.JobTestSupport.JobsApplicationTest;
import com.cptracker.jobs.domain.JobStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The runner on the real database: a job's work and its success are one transaction, progress is seen from outside
 * while it runs, two instances never both run a job, and a job whose instance died is run again and succeeds once.
 */
@JobsApplicationTest
class JobRunnerTest {

    @Autowired
    JobService jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    JobStore store;

    @Autowired
    JobHandlers handlers;

    @Autowired
    CountingJobHandler handler;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    JobsProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void noJobWaiting() {
        finishLeftovers(jdbc);
    }

    @AfterEach
    void stopThreads() {
        handler.release();
        threads.shutdownNow();
    }

    @Test
    void aJobRunsAsThePersonWhoStartedItAndSucceedsOnce() {
        long id = submitAs(accounts, jobs, "officer", "a", "b", "c");

        assertThat(runner.runPending()).isEqualTo(1);

        assertThat(job(id))
                .containsEntry("state", "SUCCEEDED")
                .containsEntry("attempts", 1)
                .containsEntry("summary", "Counted 3 rows")
                .containsEntry("progress_done", 3L);
        assertThat(jdbc.queryForList(
                        "select username from audit_event where item_type = 'test-row' and item_id = ?",
                        String.class,
                        id))
                .containsExactly("officer", "officer", "officer");
        assertThat(runner.runPending()).as("a finished job is never run again").isZero();
        assertThat(rows(jdbc, id)).isEqualTo(3);
    }

    @Test
    void aFailedJobChangesNothingAndSaysWhyWithoutTryingAgain() {
        long id = submitAs(accounts, jobs, "officer", "a", "b", "FAIL", "d");

        assertThat(runner.runPending()).isEqualTo(1);

        assertThat(job(id))
                .containsEntry("state", "FAILED")
                .containsEntry("attempts", 1)
                .containsEntry("failure_message", "Row 3 cannot be read: it says FAIL.");
        assertThat(rows(jdbc, id)).as("rows written before the failure").isZero();
    }

    @Test
    void aJobThatBreaksIsTriedUpToTheLimitThenFailsWithAMessageForPeople() {
        long id = submitAs(accounts, jobs, "officer", "a", "BOOM");

        assertThat(runner.runPending()).isEqualTo(properties.maxAttempts());

        assertThat(job(id))
                .containsEntry("state", "FAILED")
                .containsEntry("attempts", properties.maxAttempts())
                .containsEntry("failure_message", JobRunner.UNEXPECTED);
        assertThat(rows(jdbc, id)).isZero();
    }

    @Test
    void progressIsSeenFromAnotherTransactionWhileTheWorkIsNot() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a", "b", "WAIT", "c");
        CountDownLatch reached = handler.holdAtWait();
        Future<Integer> running = threads.submit(runner::runPending);
        assertThat(reached.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(job(id))
                .containsEntry("state", "RUNNING")
                .containsEntry("progress_done", 2L)
                .containsEntry("progress_total", 4L)
                .containsEntry("stage", "Waiting at row 3");
        assertThat(rows(jdbc, id)).as("the work is not committed yet").isZero();

        handler.release();
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(job(id)).containsEntry("state", "SUCCEEDED");
        assertThat(rows(jdbc, id)).isEqualTo(3);
    }

    @Test
    void twoInstancesNeverRunTheSameJob() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(submitAs(accounts, jobs, "admin", "x" + i, "y" + i, "z" + i));
        }
        JobRunner other = otherInstance();
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> first = threads.submit(() -> {
            start.await();
            return runner.runPending();
        });
        Future<Integer> second = threads.submit(() -> {
            start.await();
            return other.runPending();
        });
        start.countDown();

        assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS))
                .isEqualTo(12);
        for (long id : ids) {
            assertThat(job(id)).containsEntry("state", "SUCCEEDED").containsEntry("attempts", 1);
            assertThat(rows(jdbc, id)).isEqualTo(3);
        }
        other.destroy();
    }

    @Test
    void aJobWhoseInstanceDiedIsRunAgainFromTheStartAndSucceedsOnce() {
        long id = submitAs(accounts, jobs, "officer", "a", "b");
        jdbc.update(
                "update job set state = 'RUNNING', claimed_by = 'died', attempts = 1, started_at = now(),"
                        + " lease_until = now() + interval '1 minute' where id = ?",
                id);
        assertThat(runner.runPending()).as("its lease has not run out yet").isZero();

        jdbc.update("update job set lease_until = now() - interval '1 second' where id = ?", id);
        assertThat(runner.runPending()).isEqualTo(1);

        assertThat(job(id))
                .containsEntry("state", "SUCCEEDED")
                .containsEntry("attempts", 2)
                .containsEntry("claimed_by", runner.instance());
        assertThat(rows(jdbc, id)).isEqualTo(2);
        assertThat(runner.runPending()).isZero();
    }

    /** An instance that stalled past its lease finds, when it wakes, that its work counts for nothing. */
    @Test
    void anInstanceThatLostItsClaimRollsItsWorkBack() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a", "WAIT", "b");
        CountDownLatch reached = handler.holdAtWait();
        Future<Integer> stalled = threads.submit(runner::runPending);
        assertThat(reached.await(30, TimeUnit.SECONDS)).isTrue();
        jdbc.update("update job set lease_until = now() - interval '1 second' where id = ?", id);

        JobRunner other = otherInstance();
        assertThat(other.runPending()).isEqualTo(1);
        handler.release();
        stalled.get(30, TimeUnit.SECONDS);

        assertThat(job(id))
                .containsEntry("state", "SUCCEEDED")
                .containsEntry("attempts", 2)
                .containsEntry("claimed_by", other.instance());
        assertThat(rows(jdbc, id)).as("rows of the one attempt that counted").isEqualTo(2);
        other.destroy();
    }

    @Test
    void aJobStartedTooOftenFails() {
        long id = submitAs(accounts, jobs, "officer", "a");
        jdbc.update(
                "update job set state = 'RUNNING', claimed_by = 'died', attempts = ?, started_at = now(),"
                        + " lease_until = now() - interval '1 second' where id = ?",
                properties.maxAttempts(),
                id);

        assertThat(runner.runPending()).isZero();

        assertThat(job(id))
                .containsEntry("state", "FAILED")
                .containsEntry("failure_message", JobRunner.tooManyAttempts(properties.maxAttempts()));
        assertThat(rows(jdbc, id)).isZero();
    }

    @Test
    void theScheduledPollRunsJobsOnTheWorkerThread() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a");

        runner.poll();

        for (int i = 0; i < 300 && !"SUCCEEDED".equals(job(id).get("state")); i++) {
            Thread.sleep(100);
        }
        assertThat(job(id)).containsEntry("state", "SUCCEEDED");
        assertThat(handler.lastThread).isEqualTo("jobs-worker");
    }

    @Test
    void finishedJobsLoseTheirFilesAfterTheRetentionPeriod() {
        long old = submitAs(accounts, jobs, "officer", "a");
        long recent = submitAs(accounts, jobs, "officer", "b");
        runner.runPending();
        jdbc.update("update job set finished_at = now() - interval '31 days' where id = ?", old);

        runner.forgetOldFiles();

        assertThat(job(old)).containsEntry("content", null).containsEntry("state", "SUCCEEDED");
        assertThat(job(recent).get("content")).isNotNull();
    }

    private JobRunner otherInstance() {
        return new JobRunner(store, handlers, transactions, accounts, clock, properties, "other-instance");
    }

    private Map<String, Object> job(long id) {
        return jdbc.queryForMap("select * from job where id = ?", id);
    }
}
