package com.cptracker.jobs;

/**
 * A kind of background job, implemented as a bean by the module that owns the work. {@link #run} is called in a
 * transaction that also marks the job SUCCEEDED: everything it writes is kept only if it returns, and nothing if it
 * throws. It runs as the person who started the job ({@code CurrentUser.get()} and the audit trail name them).
 */
public interface JobHandler {

    /** What {@link JobService#submit} is given to choose this handler; unique among handlers, at most 60 characters. */
    String kind();

    /** The job's name on its page, in words ("Import of a strategy workbook"). */
    default String label() {
        return kind();
    }

    /**
     * Does the work. Throw {@link JobFailedException} with a message for people to fail it (what to fix in the file);
     * any other exception fails it with a general message and is logged.
     */
    JobOutcome run(JobContext context);
}
