package com.cptracker.transfer;

import com.cptracker.jobs.JobContext;
import com.cptracker.jobs.JobOutcome;
import com.cptracker.strategy.StrategyService;
import com.cptracker.transfer.StrategyImportService.Outcome;
import com.cptracker.transfer.StrategyImportService.Preview;
import com.cptracker.transfer.domain.ImportCheck;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The whole-strategy workbook as an upload: checked into its {@link Preview}, then imported all or nothing. */
@Component
public class StrategyUpload implements UploadKind {

    private final StrategyImportService imports;
    private final StrategyService strategies;

    StrategyUpload(StrategyImportService imports, StrategyService strategies) {
        this.imports = imports;
        this.strategies = strategies;
    }

    @Override
    public ImportCheck.Kind stored() {
        return ImportCheck.Kind.STRATEGY_WORKBOOK;
    }

    @Override
    public String checkJob() {
        return "strategy-workbook-check";
    }

    @Override
    public String checkLabel() {
        return "Check of a strategy workbook";
    }

    @Override
    public String applyJob() {
        return "strategy-workbook-import";
    }

    @Override
    public String applyLabel() {
        return "Import of a strategy workbook";
    }

    @Override
    public String refusal() {
        return "Only an administrator imports a strategy";
    }

    @Override
    public Check check(JobContext job) {
        job.progress(0, 1, "Reading the workbook");
        Preview preview = imports.preview(job.fileName(), job.content());
        job.progress(1, 1, "Checked");
        Long strategyId = preview.plan() == null || preview.plan().newStrategy()
                ? null
                : strategies.findBySlug(preview.plan().slug()).map(s -> s.id()).orElse(null);
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
        return new Check(strategyId, preview.fingerprint(), preview, summary, "/admin/import/" + job.jobId());
    }

    @Override
    public JobOutcome apply(JobContext job) {
        job.progress(0, 1, "Importing the workbook");
        Outcome done = imports.apply(job.fileName(), job.content(), job.parameter());
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
