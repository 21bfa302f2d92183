package com.cptracker.transfer;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.jobs.JobContext;
import com.cptracker.jobs.JobFailedException;
import com.cptracker.jobs.JobHandler;
import com.cptracker.jobs.JobOutcome;
import com.cptracker.jobs.JobService;
import com.cptracker.transfer.domain.ImportCheck;
import com.cptracker.transfer.domain.ImportCheckRepository;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Every upload as two background jobs: the check, which keeps what the file would do for its preview page, and, once
 * its person confirms, the apply. Both hold no request thread, and the apply changes everything or nothing. What a
 * file means is its {@link UploadKind}'s; this is the one path they all take.
 */
@Service
@Transactional(readOnly = true)
public class UploadJobs {

    private final SpreadsheetReader spreadsheets;
    private final JobService jobs;
    private final ImportCheckRepository checks;
    private final ObjectMapper json;

    UploadJobs(SpreadsheetReader spreadsheets, JobService jobs, ImportCheckRepository checks, ObjectMapper json) {
        this.spreadsheets = spreadsheets;
        this.jobs = jobs;
        this.checks = checks;
        this.json = json;
    }

    /** A checked upload as its preview page shows it; {@code appliedJob} once confirmed. */
    public record Checked<P>(long jobId, Long strategyId, P preview, Long appliedJob) {}

    /**
     * Starts checking an uploaded file; returns the job's id. Refuses at once a file it cannot read at all.
     *
     * @param strategyId the strategy the upload is for, or null when the file says (a strategy workbook)
     */
    @Transactional
    public long upload(UploadKind kind, Long strategyId, String fileName, byte[] content) {
        spreadsheets.refuseUnreadable(fileName, content);
        return jobs.submit(kind.checkJob(), strategyId, fileName, content, null);
    }

    /** The preview of a checked upload of this kind, for the person who uploaded it or an administrator. */
    public <P> Checked<P> checked(UploadKind kind, long jobId, Class<P> type) {
        jobs.view(jobId);
        ImportCheck c = check(kind, jobId);
        return new Checked<>(jobId, c.getStrategyId(), json.readValue(c.getPreview(), type), c.getAppliedJob());
    }

    /**
     * Confirms a checked upload: starts the apply of the same file, which applies it only if it still does what the
     * preview showed. A second confirmation gives the first one's job.
     */
    @Transactional
    public long confirm(UploadKind kind, long checkJobId, String fingerprint) {
        ImportCheck c = check(kind, checkJobId);
        if (c.getAppliedJob() != null) {
            return c.getAppliedJob();
        }
        if (!c.getFingerprint().equals(fingerprint)) {
            throw new RejectedInput(null, "The page was out of date. Check the preview again and confirm");
        }
        JobService.Upload file = jobs.upload(checkJobId);
        long id = jobs.submit(kind.applyJob(), c.getStrategyId(), file.fileName(), file.content(), fingerprint);
        c.appliedBy(id);
        return id;
    }

    private ImportCheck check(UploadKind kind, long jobId) {
        return checks.findById(jobId)
                .filter(x -> x.getKind() == kind.stored())
                .orElseThrow(() -> new NotFoundException("Import check", jobId));
    }

    /** The job that checks an upload of this kind and keeps its preview. */
    static JobHandler checkHandler(UploadKind kind, ImportCheckRepository checks, ObjectMapper json, Clock clock) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind.checkJob();
            }

            @Override
            public String label() {
                return kind.checkLabel();
            }

            @Override
            public JobOutcome run(JobContext job) {
                UploadKind.Check c = failing(kind, () -> kind.check(job));
                checks.save(new ImportCheck(
                        job.jobId(),
                        kind.stored(),
                        c.strategyId(),
                        c.fingerprint(),
                        json.writeValueAsString(c.preview()),
                        clock.instant()));
                return JobOutcome.of(c.summary(), c.link(), "Review the import");
            }
        };
    }

    /** The job that applies a confirmed upload of this kind, all or nothing. */
    static JobHandler applyHandler(UploadKind kind) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind.applyJob();
            }

            @Override
            public String label() {
                return kind.applyLabel();
            }

            @Override
            public JobOutcome run(JobContext job) {
                return failing(kind, () -> kind.apply(job));
            }
        };
    }

    /**
     * A refusal of the file, of the person, or of a change someone made meanwhile fails the job with a message:
     * nothing was changed. A job that fails so is not tried again.
     */
    private static <T> T failing(UploadKind kind, Supplier<T> work) {
        try {
            return work.get();
        } catch (RejectedInput e) {
            throw new JobFailedException(e.getMessage() + ". Nothing was changed");
        } catch (AccessDeniedException e) {
            throw new JobFailedException(kind.refusal() + ". Nothing was changed");
        } catch (ConcurrentChangeException e) {
            // Someone saved one of the file's items between the apply's check and its write.
            throw new JobFailedException("Someone else changed some of these items while the file was applied. Nothing"
                    + " was changed: upload the file again and check the new preview");
        }
    }
}
