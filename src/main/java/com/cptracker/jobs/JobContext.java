package com.cptracker.jobs;

/** What a {@link JobHandler} is given: the job as submitted, who started it, and a way to report progress. */
public interface JobContext {

    long jobId();

    /** The strategy the job concerns, or null. */
    Long strategyId();

    /** The uploaded file's name, or null. */
    String fileName();

    /** The uploaded file's bytes, or an empty array when none was given. */
    byte[] content();

    /** The small parameter given to {@link JobService#submit}, or null. */
    String parameter();

    /** The account id of the person who started the job (also the signed-in user during the run). */
    long startedById();

    /** The username of the person who started the job. */
    String startedByName();

    /**
     * Reports how far the work has got ({@code done} of {@code total} rows) and what it is doing, in a few words
     * ("Checking the measures sheet"). Written in its own transaction, so the job's page shows it while the work runs:
     * at most every quarter of a second (a call in between is skipped), and always the first time, when the stage
     * changes and when {@code done} reaches {@code total}; so it may be called for every row.
     */
    void progress(long done, long total, String stage);
}
