package com.cptracker.transfer;

import com.cptracker.jobs.JobContext;
import com.cptracker.jobs.JobOutcome;
import com.cptracker.transfer.domain.ImportCheck;

/**
 * A kind of upload that {@link UploadJobs} checks in the background, keeps the preview of, and applies once its person
 * confirms: the whole-strategy workbook, a quarter's values, an administrator's history of values. Each says how its
 * file is checked and applied; the jobs, the stored preview, the fingerprint the confirmation must carry and the
 * refusal of a stale confirmation are the same for all.
 */
public interface UploadKind {

    /** How its checks are stored. */
    ImportCheck.Kind stored();

    /** The kind of its check job, and that job's name on its page. */
    String checkJob();

    String checkLabel();

    /** The kind of its apply job, and that job's name on its page. */
    String applyJob();

    String applyLabel();

    /** What to tell a person who may not make this upload (their role changed since, say). */
    String refusal();

    /**
     * Checks the job's file (and changes nothing): what the preview page shows. Throws {@code RejectedInput} for a
     * file it cannot read at all.
     */
    Check check(JobContext job);

    /**
     * Applies the job's file, all or nothing, only if it still does what the preview showed ({@code
     * job.parameter()} is the fingerprint confirmed). Throws {@code RejectedInput} otherwise.
     */
    JobOutcome apply(JobContext job);

    /**
     * What a check found: the strategy it concerns (or null), the fingerprint a confirmation must carry, the preview
     * to keep (a record, stored as JSON), and the check job's outcome: its summary and the preview page's address.
     */
    record Check(Long strategyId, String fingerprint, Object preview, String summary, String link) {}
}
