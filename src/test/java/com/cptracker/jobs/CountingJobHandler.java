package com.cptracker.jobs;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A job for the tests: each line of its file is a row, recorded in the audit trail (as the signed-in person) in the
 * job's transaction. A line {@code FAIL} fails it with a message for people, {@code BOOM} throws what a bug would, and
 * {@code WAIT} reports progress and, the first time only, waits for the test to let it go on.
 */
class CountingJobHandler implements JobHandler {

    static final String KIND = "test-rows";

    private volatile CountDownLatch reached = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean waited = new AtomicBoolean(true);
    private final AuditService audit;
    volatile String lastThread;

    CountingJobHandler(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Count of test rows";
    }

    @Override
    public JobOutcome run(JobContext context) {
        lastThread = Thread.currentThread().getName();
        List<String> rows =
                new String(context.content(), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            switch (row) {
                case "FAIL" -> throw new JobFailedException("Row " + (i + 1) + " cannot be read: it says FAIL.");
                case "BOOM" -> throw new IllegalStateException("internal detail of row " + (i + 1));
                case "WAIT" -> {
                    context.progress(i, rows.size(), "Waiting at row " + (i + 1));
                    if (waited.compareAndSet(false, true)) {
                        reached.countDown();
                        await(release);
                    }
                }
                default -> {
                    audit.record("test-row", context.jobId(), row, "CREATE", Changes.create(), null);
                    context.progress(i + 1, rows.size(), "Counting rows");
                }
            }
        }
        return JobOutcome.of("Counted " + rows.size() + " rows", "/strategies", "See the strategies");
    }

    /** Makes the next {@code WAIT} stop until {@link #release()}; returns a latch counted down when it is reached. */
    CountDownLatch holdAtWait() {
        waited.set(false);
        reached = new CountDownLatch(1);
        release = new CountDownLatch(1);
        return reached;
    }

    void release() {
        release.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the job go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
