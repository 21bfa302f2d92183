package com.cptracker.transfer;

import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.jobs.JobContext;
import com.cptracker.jobs.JobFailedException;
import com.cptracker.jobs.JobHandler;
import com.cptracker.jobs.JobOutcome;
import com.cptracker.jobs.JobService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.transfer.StrategyImportService.Outcome;
import com.cptracker.transfer.StrategyImportService.Preview;
import com.cptracker.transfer.domain.ImportCheck;
import com.cptracker.transfer.domain.ImportCheckRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * A strategy workbook's import as two background jobs: the check, which keeps what the file would do for its preview
 * page, and, once the administrator confirms, the import itself. Both hold no request thread, and the import changes
 * everything or nothing.
 */
@Service
@Transactional(readOnly = true)
public class StrategyImportJobs {

    static final String CHECK = "strategy-workbook-check";
    static final String APPLY = "strategy-workbook-import";

    private final SpreadsheetReader spreadsheets;
    private final JobService jobs;
    private final ImportCheckRepository checks;
    private final ObjectMapper json;

    StrategyImportJobs(
            SpreadsheetReader spreadsheets, JobService jobs, ImportCheckRepository checks, ObjectMapper json) {
        this.spreadsheets = spreadsheets;
        this.jobs = jobs;
        this.checks = checks;
        this.json = json;
    }

    /** A checked upload as its preview page shows it; {@code appliedJob} once confirmed. */
    public record Checked(long jobId, Preview preview, Long appliedJob) {}

    /** Starts checking an uploaded workbook; returns the job's id. Refuses at once a file it cannot read at all. */
    @Transactional
    public long upload(String fileName, byte[] content) {
        spreadsheets.refuseUnreadable(fileName, content);
        return jobs.submit(CHECK, null, fileName, content, null);
    }

    /** The preview of a checked upload, for the person who uploaded it or an administrator. */
    public Checked checked(long jobId) {
        jobs.view(jobId);
        ImportCheck c = checks.findById(jobId)
                .filter(x -> x.getKind() == ImportCheck.Kind.STRATEGY_WORKBOOK)
                .orElseThrow(() -> new NotFoundException("Import check", jobId));
        return new Checked(jobId, json.readValue(c.getPreview(), Preview.class), c.getAppliedJob());
    }

    /**
     * Confirms a checked upload: starts the import of the same file, which applies it only if it still does what the
     * preview showed. A second confirmation gives the first one's job.
     */
    @Transactional
    public long confirm(long checkJobId, String fingerprint) {
        ImportCheck c = checks.findById(checkJobId)
                .filter(x -> x.getKind() == ImportCheck.Kind.STRATEGY_WORKBOOK)
                .orElseThrow(() -> new NotFoundException("Import check", checkJobId));
        if (c.getAppliedJob() != null) {
            return c.getAppliedJob();
        }
        if (!c.getFingerprint().equals(fingerprint)) {
            throw new RejectedInput(null, "The page was out of date. Check the preview again and confirm");
        }
        JobService.Upload file = jobs.upload(checkJobId);
        long id = jobs.submit(APPLY, c.getStrategyId(), file.fileName(), file.content(), fingerprint);
        c.appliedBy(id);
        return id;
    }

    /** Checks the file and keeps the preview. */
    @Service
    static class CheckHandler implements JobHandler {

        private final StrategyImportService imports;
        private final ImportCheckRepository checks;
        private final StrategyService strategies;
        private final ObjectMapper json;
        private final Clock clock;

        CheckHandler(
                StrategyImportService imports,
                ImportCheckRepository checks,
                StrategyService strategies,
                ObjectMapper json,
                Clock clock) {
            this.imports = imports;
            this.checks = checks;
            this.strategies = strategies;
            this.json = json;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return CHECK;
        }

        @Override
        public String label() {
            return "Check of a strategy workbook";
        }

        @Override
        public JobOutcome run(JobContext job) {
            job.progress(0, 1, "Reading the workbook");
            Preview preview;
            try {
                preview = imports.preview(job.fileName(), job.content());
            } catch (RejectedInput e) {
                throw new JobFailedException(e.getMessage() + ". Nothing was changed");
            }
            job.progress(1, 1, "Checked");
            Long strategyId = preview.plan() == null || preview.plan().newStrategy()
                    ? null
                    : strategies
                            .findBySlug(preview.plan().slug())
                            .map(s -> s.id())
                            .orElse(null);
            checks.save(new ImportCheck(
                    job.jobId(),
                    ImportCheck.Kind.STRATEGY_WORKBOOK,
                    strategyId,
                    preview.fingerprint(),
                    json.writeValueAsString(preview),
                    clock.instant()));
            String summary = preview.applicable()
                    ? String.format(
                            Locale.UK,
                            "Checked: importing it would create %,d items and change %,d. Nothing has changed yet",
                            preview.plan().created().size(),
                            preview.plan().changed().size())
                    : String.format(
                            Locale.UK,
                            "The workbook has %,d %s to correct. Nothing has changed",
                            preview.problems().size(),
                            preview.problems().size() == 1 ? "problem" : "problems");
            return JobOutcome.of(summary, "/admin/import/" + job.jobId(), "Review the import");
        }
    }

    /** Imports the confirmed file, all or nothing. */
    @Service
    static class ApplyHandler implements JobHandler {

        private final StrategyImportService imports;

        ApplyHandler(StrategyImportService imports) {
            this.imports = imports;
        }

        @Override
        public String kind() {
            return APPLY;
        }

        @Override
        public String label() {
            return "Import of a strategy workbook";
        }

        @Override
        public JobOutcome run(JobContext job) {
            job.progress(0, 1, "Importing the workbook");
            Outcome done;
            try {
                done = imports.apply(job.fileName(), job.content(), job.parameter());
            } catch (RejectedInput e) {
                throw new JobFailedException(e.getMessage() + ". Nothing was changed");
            } catch (AccessDeniedException e) {
                throw new JobFailedException("Only an administrator imports a strategy. Nothing was changed");
            }
            job.progress(1, 1, "Imported");
            return JobOutcome.of(
                    String.format(
                            Locale.UK,
                            "Imported %s: %,d items created and %,d changed",
                            done.title(),
                            done.created(),
                            done.changed()),
                    "/admin/strategies/" + done.slug(),
                    "Go to the strategy's administration");
        }
    }
}
