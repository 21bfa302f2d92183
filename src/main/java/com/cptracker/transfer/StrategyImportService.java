package com.cptracker.transfer;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.RejectedInput;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyReader.Current;
import com.cptracker.transfer.WorkbookParser.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Importing and exporting a whole strategy as a workbook. An import is checked first: the file is read, its items
 * checked against each other and the strategy, and then applied in a transaction that is always rolled back, so the
 * preview shows exactly what confirming would do, refusals of the administration's own rules included. Confirming
 * applies the same file again, all or nothing, only if it would still do what the preview showed, and records one
 * audit entry naming the file.
 */
@Service
@Transactional(readOnly = true)
public class StrategyImportService {

    /**
     * What a file would do: its problems (then nothing can be applied), else the plan. {@code fingerprint} is what the
     * confirmation must carry.
     */
    public record Preview(String fileName, ImportPlan plan, List<ImportProblem> problems, int unchanged) {

        public boolean applicable() {
            return problems.isEmpty() && plan != null;
        }

        public String fingerprint() {
            return plan == null ? "" : plan.fingerprint();
        }
    }

    /** The outcome of an import: the strategy, and how many items were created and changed. */
    public record Outcome(String slug, String title, int created, int changed) {}

    /** The confirmation's file would no longer do what its preview showed: the strategy changed in between. */
    public static class PlanChanged extends RejectedInput {
        PlanChanged() {
            super(
                    null,
                    "The strategy has changed since the preview, so the import would do something else now. "
                            + "Check the new preview and confirm again");
        }
    }

    private final SpreadsheetReader spreadsheets;
    private final StrategyService strategies;
    private final StrategyReader reader;
    private final ImportApplier applier;
    private final AuditService audit;

    StrategyImportService(
            SpreadsheetReader spreadsheets,
            StrategyService strategies,
            StrategyReader reader,
            ImportApplier applier,
            AuditService audit) {
        this.spreadsheets = spreadsheets;
        this.strategies = strategies;
        this.reader = reader;
        this.applier = applier;
        this.audit = audit;
    }

    /** The empty workbook to fill in. */
    public byte[] template() {
        return StrategyWorkbook.write(null, "Corporate parenting strategy workbook");
    }

    /** A strategy as a workbook, in the template's format. */
    public byte[] export(String slug) {
        StrategySummary s = strategies.bySlug(slug);
        return StrategyWorkbook.write(reader.read(s.id()).document(), s.title() + " (" + s.council() + ")");
    }

    /**
     * What importing the file would do; changes nothing. In a transaction of its own, always rolled back, so that a
     * caller's transaction (a job's) is not rolled back with it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Preview preview(String fileName, byte[] content) {
        try {
            return check(fileName, content);
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** Imports the file, all or nothing, if it still does what the preview with this fingerprint showed. */
    @Transactional
    public Outcome apply(String fileName, byte[] content, String fingerprint) {
        Checked c = read(fileName, content);
        if (!c.problems().isEmpty()) {
            throw new RejectedInput(null, "The file has problems: check it again");
        }
        if (!c.plan().fingerprint().equals(fingerprint)) {
            throw new PlanChanged();
        }
        long id = applier.apply(c.plan(), c.parsed().document(), c.current(), fileName);
        StrategySummary s = strategies.byId(id);
        audit.record(
                "strategy",
                id,
                s.title(),
                "IMPORT",
                Changes.create()
                        .set("file", fileName)
                        .set("created", summary(c.plan().created()))
                        .set("changed", summary(c.plan().changed())),
                "Imported from " + fileName);
        return new Outcome(
                s.slug(),
                s.title(),
                c.plan().created().size(),
                c.plan().changed().size());
    }

    private record Checked(Parsed parsed, Current current, ImportPlan plan, List<ImportProblem> problems) {}

    private Preview check(String fileName, byte[] content) {
        Checked c = read(fileName, content);
        if (!c.problems().isEmpty()) {
            return new Preview(fileName, c.plan(), c.problems(), 0);
        }
        try {
            applier.apply(c.plan(), c.parsed().document(), c.current(), fileName);
        } catch (RejectedInput | IllegalArgumentException e) {
            // One of the administration's own rules refused an item: the same refusal the confirmation would meet.
            return new Preview(fileName, c.plan(), List.of(new ImportProblem("Workbook", 0, null, e.getMessage())), 0);
        }
        return new Preview(
                fileName, c.plan(), List.of(), c.plan().unchanged(c.parsed().document()));
    }

    private Checked read(String fileName, byte[] content) {
        Spreadsheet file = spreadsheets.read(fileName, content);
        Parsed first = WorkbookParser.parse(file, Map.of());
        String slug = first.document().strategy() == null
                ? null
                : first.document().strategy().slug();
        Optional<StrategySummary> existing = slug == null ? Optional.empty() : strategies.findBySlug(slug);
        Current current = existing.map(s -> reader.read(s.id())).orElse(null);
        Parsed parsed = current == null
                ? first
                : WorkbookParser.parse(
                        file,
                        current.document().measures().stream()
                                .filter(m -> m.unit() != null)
                                .collect(Collectors.toMap(MeasureItem::ref, MeasureItem::unit, (a, b) -> a)));
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(DocumentChecks.check(parsed, current == null ? null : current.document()));
        ImportPlan plan = problems.isEmpty() || parsed.document().strategy() != null
                ? ImportPlan.of(parsed.document(), current == null ? null : current.document())
                : null;
        return new Checked(parsed, current, plan, List.copyOf(problems));
    }

    private static String summary(List<ImportPlan.Change> changes) {
        return changes.isEmpty()
                ? "nothing"
                : changes.stream().map(ImportPlan.Change::label).collect(Collectors.joining(", "));
    }
}
