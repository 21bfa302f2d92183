package com.cptracker.transfer;

import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.jobs.JobContext;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.ValueRules;
import com.cptracker.measures.ValueRules.Subject;
import com.cptracker.status.Verdict;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.transfer.ValuesFile.Typed;
import com.cptracker.transfer.ValuesSubjects.Subjects;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import com.cptracker.work.WorkService.StrategyWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures' values from a spreadsheet ({@link ValuesFile}), in two scopes: an officer's (or administrator's) open
 * quarter, for the measures they may enter now, as the values page shows them; and an administrator's history, any
 * period of the strategy for every measure. Each row is read by the values page's own rules ({@link ValueRules}); the
 * preview shows each row's value, the status it would get and its problems; confirming saves every row or none
 * through {@link MeasureValueService#importValues}, only if the file still does what the preview showed.
 */
@Service
@Transactional(readOnly = true)
public class ValuesImport {

    /** Whose values: the open quarter's, or any period's. */
    public enum Scope {
        QUARTER,
        HISTORY
    }

    /** A row of the file as the preview shows it; {@code saved} unless it has problems, is blank or unchanged. */
    public record PreviewRow(
            int row,
            String ref,
            String measure,
            String period,
            String value,
            String markMeaning,
            Verdict status,
            boolean unchanged,
            List<String> problems) {}

    /**
     * What the file would do: its rows to enter (with their problems), how many it leaves out because they are blank,
     * and its problems by row and column (then nothing can be saved). {@code fingerprint} is what the confirmation
     * must carry.
     */
    public record Preview(
            String fileName,
            String slug,
            Scope scope,
            String scopeLabel,
            List<PreviewRow> rows,
            List<ImportProblem> problems,
            int blank,
            String fingerprint) {

        public long toSave() {
            return rows.stream().filter(r -> !r.unchanged()).count();
        }

        public boolean applicable() {
            return problems.isEmpty() && toSave() > 0;
        }
    }

    private final SpreadsheetReader spreadsheets;
    private final StrategyService strategies;
    private final WorkService work;
    private final ValuesSubjects scopes;
    private final MeasureValueService values;

    ValuesImport(
            SpreadsheetReader spreadsheets,
            StrategyService strategies,
            WorkService work,
            ValuesSubjects scopes,
            MeasureValueService values) {
        this.spreadsheets = spreadsheets;
        this.strategies = strategies;
        this.work = work;
        this.scopes = scopes;
        this.values = values;
    }

    /**
     * The workbook to fill in with the open quarter's values: a row per measure this person may enter now, as the
     * values page shows them. 404 when no quarter is open.
     */
    public byte[] template(StrategySummary s) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        StrategyWork w = work.workIn(s, user);
        if (w.open() == null) {
            throw new NotFoundException("Open quarter", s.slug());
        }
        return ValuesTemplate.write(s, w.open().quarter().label(), w.measures());
    }

    /** Checks the job's file in this scope: its preview. Changes nothing. */
    public Preview check(JobContext job, Scope scope) {
        return read(job, scope).preview();
    }

    /** Saves the job's file, all or nothing, if it still does what the preview with this fingerprint showed. */
    @Transactional
    public int apply(JobContext job, Scope scope) {
        Read r = read(job, scope);
        if (!r.preview().problems().isEmpty()) {
            throw new RejectedInput(null, "The file has problems now: check it again");
        }
        if (!r.preview().fingerprint().equals(job.parameter())) {
            throw new RejectedInput(
                    null,
                    "The values have changed since the preview, so the file would do something else now. Upload it"
                            + " again and check the new preview");
        }
        job.progress(0, r.inputs().size(), "Saving the values");
        int saved = values.importValues(r.strategy().id(), r.strategy().title(), r.inputs(), job.fileName());
        job.progress(r.inputs().size(), r.inputs().size(), "Saved");
        return saved;
    }

    private record Read(StrategySummary strategy, Preview preview, List<ValueInput> inputs) {}

    private Read read(JobContext job, Scope scope) {
        StrategySummary s = strategies.byId(job.strategyId());
        job.progress(0, 1, "Reading the file");
        Spreadsheet file = spreadsheets.read(job.fileName(), job.content());
        List<ImportProblem> problems = new ArrayList<>();
        List<Typed> rows = ValuesFile.rows(file, problems);
        Subjects subjects = scope == Scope.QUARTER ? scopes.quarter(s) : scopes.history(s);
        List<PreviewRow> shown = new ArrayList<>();
        List<ValueInput> inputs = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int blank = 0;
        int done = 0;
        for (Typed row : rows) {
            job.progress(++done, rows.size(), "Checking the rows");
            if (row.blank()) {
                blank++;
                continue;
            }
            int before = problems.size();
            Optional<ReportingPeriod> period = ReportingPeriod.written(row.period());
            if (period.isEmpty()) {
                Subjects.problem(
                        problems,
                        row,
                        "Period",
                        "Enter the period as the scorecard names it, like 2024-25 Q3, April" + " 2024 or 2024-25");
            }
            Subject subject = period.isEmpty() ? null : subjects.of(row.ref(), period.get(), row, problems);
            Integer first = subject == null
                    ? null
                    : firstRow.putIfAbsent(
                            subject.measure().id() + " " + subject.period().code(), row.row());
            if (first != null) {
                Subjects.problem(
                        problems,
                        row,
                        "Ref",
                        subject.measure().ref() + " for " + subject.period().label() + " is also on row " + first
                                + ": each is listed once");
                subject = null;
            }
            if (subject == null) {
                shown.add(new PreviewRow(
                        row.row(),
                        row.ref(),
                        "",
                        row.period(),
                        row.value(),
                        null,
                        null,
                        false,
                        since(problems, before)));
                continue;
            }
            Current current = subject.current();
            ValueRules.Line line = ValueRules.read(
                    subject,
                    s.smallNumberMark(),
                    new ValueRules.Typed(
                            row.value(), row.status(), row.comment(), current == null ? -1L : current.version(), null));
            line.problems().forEach(p -> Subjects.problem(problems, row, column(p.field()), p.message()));
            boolean unchanged = line.input() != null && current != null && current.sameAs(line.input());
            if (line.input() != null && !unchanged) {
                inputs.add(line.input());
            }
            shown.add(preview(row, subject, line, unchanged, s.smallNumberMark(), since(problems, before)));
        }
        return new Read(
                s,
                new Preview(
                        job.fileName(),
                        s.slug(),
                        scope,
                        subjects.label(),
                        shown,
                        List.copyOf(problems),
                        blank,
                        fingerprint(scope, inputs)),
                inputs);
    }

    private static PreviewRow preview(
            Typed row, Subject subject, ValueRules.Line line, boolean unchanged, String mark, List<String> problems) {
        ValueInput in = line.input();
        MeasureSummary m = subject.measure();
        String value = in == null
                ? row.value()
                : in.mark() != null
                        ? in.mark().symbol(mark)
                        : in.value() != null
                                ? m.unit().format(in.value())
                                : in.ownerStatus().label();
        return new PreviewRow(
                row.row(),
                m.ref(),
                m.title(),
                subject.period().label(),
                value,
                in == null || in.mark() == null ? null : in.mark().meaning(),
                line.preview(),
                unchanged,
                problems);
    }

    private static String column(String field) {
        return switch (field) {
            case ValueRules.STATUS -> "Status";
            case ValueRules.NOTE -> "Comment";
            default -> "Value";
        };
    }

    private static List<String> since(List<ImportProblem> problems, int before) {
        return problems.subList(before, problems.size()).stream()
                .map(p -> p.column() + ": " + p.message())
                .toList();
    }

    /** What the values to save are, and the versions they expect: the confirmation must find the same. */
    private static String fingerprint(Scope scope, List<ValueInput> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.name().getBytes(StandardCharsets.UTF_8));
            for (ValueInput in : inputs) {
                sha.update(Objects.toString(in).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
