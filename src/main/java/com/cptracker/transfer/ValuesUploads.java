package com.cptracker.transfer;

import com.cptracker.jobs.JobContext;
import com.cptracker.jobs.JobOutcome;
import com.cptracker.transfer.ValuesImport.Preview;
import com.cptracker.transfer.ValuesImport.Scope;
import com.cptracker.transfer.domain.ImportCheck;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The two uploads of values: an officer's open quarter, and an administrator's history. */
@Component
public class ValuesUploads {

    private final UploadKind quarter;
    private final UploadKind history;

    ValuesUploads(ValuesImport values) {
        this.quarter = new Kind(
                values,
                Scope.QUARTER,
                "values-check",
                "Check of a quarter's values",
                "values-import",
                "Import of a quarter's values",
                "You may enter values only for your own measures");
        this.history = new Kind(
                values,
                Scope.HISTORY,
                "values-history-check",
                "Check of a history of values",
                "values-history-import",
                "Import of a history of values",
                "Only an administrator imports a history of values");
    }

    /** The values of the open quarter, for the measures the person may enter now. */
    public UploadKind quarter() {
        return quarter;
    }

    /** Any period's values, for every measure of the strategy (administrators). */
    public UploadKind history() {
        return history;
    }

    /** The upload page of a scope: the values page's, or the administrator's; a check's preview is below it. */
    public static String path(Scope scope, String slug) {
        return (scope == Scope.HISTORY ? "/admin/strategies/" : "/strategies/") + slug + "/values/import";
    }

    /** An upload of values in a scope, with its jobs' kinds and names, and what to tell someone it refuses. */
    private record Kind(
            ValuesImport values,
            Scope scope,
            String checkJob,
            String checkLabel,
            String applyJob,
            String applyLabel,
            String refusal)
            implements UploadKind {

        @Override
        public ImportCheck.Kind stored() {
            return ImportCheck.Kind.VALUES;
        }

        @Override
        public Check check(JobContext job) {
            Preview p = values.check(job, scope);
            String summary = p.problems().isEmpty()
                    ? String.format(
                            Locale.UK,
                            "Checked: %,d %s to save. Nothing has changed yet",
                            p.toSave(),
                            p.toSave() == 1 ? "value" : "values")
                    : String.format(
                            Locale.UK,
                            "The file has %,d %s to correct. Nothing has changed",
                            p.problems().size(),
                            p.problems().size() == 1 ? "problem" : "problems");
            return new Check(job.strategyId(), p.fingerprint(), p, summary, path(scope, p.slug()) + "/" + job.jobId());
        }

        @Override
        public JobOutcome apply(JobContext job) {
            int saved = values.apply(job, scope);
            String summary = String.format(
                    Locale.UK, "Imported %,d %s from %s", saved, saved == 1 ? "value" : "values", job.fileName());
            return scope == Scope.QUARTER
                    ? JobOutcome.of(summary, "/my", "Go to My work")
                    : JobOutcome.of(summary, "/admin/strategies", "Go to the strategies");
        }
    }
}
