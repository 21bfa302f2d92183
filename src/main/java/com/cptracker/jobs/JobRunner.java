package com.cptracker.jobs;

import com.cptracker.jobs.domain.Claim;
import com.cptracker.jobs.domain.JobRow;
import com.cptracker.jobs.domain.JobStore;
import com.cptracker.users.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's worker: claims waiting jobs (and jobs whose instance died) one at a time and runs them on its own
 * thread, never a request's. {@link #poll()} is called on a schedule and hands the work to that thread; tests call
 * {@link #runPending()} to run every waiting job at once on theirs.
 */
public class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    static final String UNEXPECTED = "Something went wrong in the application while it ran.";

    private final JobStore store;
    private final JobHandlers handlers;
    private final TransactionTemplate tx;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final JobsProperties properties;
    private final String instance;
    private final ExecutorService worker;
    private final ScheduledExecutorService renewals;
    private final AtomicBoolean busy = new AtomicBoolean();

    JobRunner(
            JobStore store,
            JobHandlers handlers,
            PlatformTransactionManager transactions,
            UserDetailsService accounts,
            Clock clock,
            JobsProperties properties,
            String instance) {
        this.store = store;
        this.handlers = handlers;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
        this.instance = instance;
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("jobs-worker").daemon(true).factory());
        this.renewals = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("jobs-lease").daemon(true).factory());
    }

    /** Starts the waiting jobs on the worker thread, unless it is already at work. */
    void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    runPending();
                } catch (RuntimeException e) {
                    log.warn("Could not look for background jobs: {}", e.toString());
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false); // shutting down
        }
    }

    /** Runs every job that can be claimed now, one after another, on the calling thread; returns how many. */
    public int runPending() {
        int ran = 0;
        for (Optional<Started> next = claimNext(); next.isPresent(); next = claimNext()) {
            run(next.get());
            ran++;
        }
        return ran;
    }

    /** Deletes the files of jobs that finished longer ago than the retention period; the jobs' records stay. */
    void forgetOldFiles() {
        try {
            int forgotten = store.forgetFiles(clock.instant().minus(properties.fileRetention()));
            if (forgotten > 0) {
                log.info("Deleted the files of {} finished jobs", forgotten);
            }
        } catch (RuntimeException e) {
            log.warn("Could not delete old jobs' files: {}", e.toString());
        }
    }

    /** The id this instance's claims carry. */
    String instance() {
        return instance;
    }

    private record Started(JobRow job, Claim claim) {}

    /** Claims the oldest claimable job; one tried too often is failed on the way. */
    private Optional<Started> claimNext() {
        while (true) {
            Optional<Optional<Started>> step = tx.execute(s -> {
                Instant now = clock.instant();
                Optional<JobRow> next = store.lockNextClaimable(now);
                if (next.isEmpty()) {
                    return Optional.of(Optional.<Started>empty());
                }
                JobRow job = next.get();
                if (job.attempts() >= properties.maxAttempts()) {
                    store.failLocked(job.id(), tooManyAttempts(job.attempts()), now);
                    return Optional.<Optional<Started>>empty();
                }
                Claim claim = store.claim(job, instance, now, now.plus(properties.lease()));
                return Optional.of(Optional.of(new Started(job, claim)));
            });
            if (step.isPresent()) {
                return step.get();
            }
        }
    }

    private void run(Started started) {
        JobRow job = started.job();
        Claim claim = started.claim();
        Optional<JobHandler> handler = handlers.of(job.kind());
        if (handler.isEmpty()) {
            finish(claim, "This version of the application cannot run this kind of job (" + job.kind() + ").");
            return;
        }
        Optional<CurrentUser> user = startedBy(job);
        if (user.isEmpty()) {
            finish(claim, "The account that started it can no longer be used, so it was not run.");
            return;
        }
        Duration every = properties.lease().dividedBy(3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renew(claim), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asStarter = SecurityContextHolder.createEmptyContext();
        asStarter.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(asStarter);
        long began = System.nanoTime();
        try {
            Boolean kept = tx.execute(s -> {
                JobOutcome outcome = handler.get().run(new Context(job, claim));
                if (!store.succeed(
                        claim,
                        cut(outcome.summary(), 1000),
                        outcome.linkPath(),
                        cut(outcome.linkText(), 200),
                        clock.instant())) {
                    s.setRollbackOnly(); // another instance claimed it again: its attempt is the one that counts
                    return false;
                }
                return true;
            });
            if (!Boolean.TRUE.equals(kept)) {
                log.warn(
                        "Job {} was claimed again while this instance ran it; its work here was rolled back", job.id());
            } else {
                log.info(
                        "Job {} ({}) succeeded in {} ms",
                        job.id(),
                        job.kind(),
                        (System.nanoTime() - began) / 1_000_000);
            }
        } catch (JobFailedException e) {
            finish(claim, cut(e.getMessage(), 1000));
        } catch (RuntimeException e) {
            log.error("Job {} ({}) failed on attempt {}", job.id(), job.kind(), claim.attempt(), e);
            boolean again = claim.attempt() < properties.maxAttempts();
            tx.executeWithoutResult(s -> {
                if (again) {
                    store.requeue(claim);
                } else {
                    store.fail(claim, UNEXPECTED, clock.instant());
                }
            });
        } finally {
            SecurityContextHolder.setContext(previous);
            renewal.cancel(false);
        }
    }

    private void finish(Claim claim, String message) {
        tx.executeWithoutResult(s -> store.fail(claim, message, clock.instant()));
    }

    private void renew(Claim claim) {
        try {
            store.renew(claim, clock.instant().plus(properties.lease()));
        } catch (RuntimeException e) {
            log.warn("Could not renew the lease of job {}: {}", claim.jobId(), e.toString());
        }
    }

    /** The person who started the job, as the application knows them now: empty if the account is gone or disabled. */
    private Optional<CurrentUser> startedBy(JobRow job) {
        try {
            if (accounts.loadUserByUsername(job.startedByName()) instanceof CurrentUser user
                    && user.id() == job.startedById()
                    && user.isEnabled()) {
                user.eraseCredentials();
                return Optional.of(user);
            }
        } catch (UsernameNotFoundException e) {
            // the account is gone
        }
        return Optional.empty();
    }

    static String tooManyAttempts(int attempts) {
        return "It was started " + attempts + " times and did not finish, so it has been stopped.";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
        renewals.shutdownNow();
    }

    /**
     * What a handler sees. Progress is written at most every quarter second, and always the first time, the last
     * time and when the stage changes.
     */
    private final class Context implements JobContext {

        private static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

        private final JobRow job;
        private final Claim claim;
        private long lastWritten;
        private boolean written;
        private String lastStage;

        Context(JobRow job, Claim claim) {
            this.job = job;
            this.claim = claim;
        }

        @Override
        public long jobId() {
            return job.id();
        }

        @Override
        public Long strategyId() {
            return job.strategyId();
        }

        @Override
        public String fileName() {
            return job.fileName();
        }

        @Override
        public byte[] content() {
            return job.content() == null ? new byte[0] : job.content();
        }

        @Override
        public String parameter() {
            return job.parameter();
        }

        @Override
        public long startedById() {
            return job.startedById();
        }

        @Override
        public String startedByName() {
            return job.startedByName();
        }

        @Override
        public void progress(long done, long total, String stage) {
            long now = System.nanoTime();
            if (written && done < total && Objects.equals(stage, lastStage) && now - lastWritten < EVERY_NANOS) {
                return;
            }
            written = true;
            lastWritten = now;
            lastStage = stage;
            long t = Math.max(0, total);
            tx.executeWithoutResult(s -> store.progress(claim, Math.min(Math.max(0, done), t), t, cut(stage, 200)));
        }
    }
}
