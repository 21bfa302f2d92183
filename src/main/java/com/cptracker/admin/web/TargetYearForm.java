package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.BenchmarkFigures;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.measures.MeasureEdits.YearFigures;
import com.cptracker.measures.MeasureEdits.YearRow;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.status.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * A year's targets and benchmarks for every measure of a strategy: a line per measure, by the measure's id, bound as
 * {@code rows[1234].target} and so on, and one reason for the whole save.
 */
record TargetYearForm(Map<Long, TargetYearLine> rows, String reason) {

    TargetYearForm {
        rows = rows == null ? Map.of() : rows;
    }

    static TargetYearForm of(List<YearRow> measures) {
        Map<Long, TargetYearLine> rows = new LinkedHashMap<>();
        measures.forEach(r -> rows.put(r.measure().id(), TargetYearLine.of(r)));
        return new TargetYearForm(rows, null);
    }

    /**
     * Whether the form has a versioned line for each of these measures and no other. Otherwise the page was out of
     * date (a measure added since it was shown), or the post was made up.
     */
    boolean isFor(List<YearRow> measures) {
        return rows.size() == measures.size()
                && rows.values().stream().allMatch(l -> l != null && l.isVersioned())
                && measures.stream().allMatch(r -> rows.containsKey(r.measure().id()));
    }

    /** The form for these measures keeping what was typed for each that the post had, and the reason. */
    TargetYearForm keeping(List<YearRow> measures) {
        Map<Long, TargetYearLine> kept = new LinkedHashMap<>();
        for (YearRow r : measures) {
            TargetYearLine typed = rows.get(r.measure().id());
            kept.put(r.measure().id(), typed != null && typed.isVersioned() ? typed : TargetYearLine.of(r));
        }
        return new TargetYearForm(kept, reason);
    }

    /**
     * Reads every line with the one reading of a target's and benchmarks' boxes, each problem beside its box, and
     * the reason, needed when a target is set or changed; returns what to save (a measure left empty gives nothing
     * to set), or null with errors.
     */
    List<YearFigures> figures(List<YearRow> measures, Errors errors) {
        List<YearFigures> figures = new ArrayList<>();
        boolean targetChanged = false;
        for (YearRow r : measures) {
            MeasureRow m = r.measure();
            TargetYearLine line = rows.get(m.id());
            String row = "rows[" + m.id() + "].";
            String of = " for " + m.ref();
            Target target = null;
            if (r.takesTarget() && !(line.targetBoxes().isBlank() && r.target() == null)) {
                target = TargetReading.target(errors, row, of, m.unit(), line.targetBoxes());
                targetChanged |= target != null
                        && !target.sameAs(
                                r.target() == null ? null : r.target().fields().figures());
            }
            BenchmarkFigures benchmarks = null;
            if (r.takesBenchmarks() && !(line.benchmarkBoxes().isBlank() && r.benchmark() == null)) {
                String source =
                        r.benchmark() == null ? null : r.benchmark().fields().source();
                benchmarks = TargetReading.benchmarks(errors, row, of, m.unit(), line.benchmarkBoxes(), source);
            }
            if (target != null || benchmarks != null) {
                figures.add(new YearFigures(
                        m.id(),
                        target,
                        TargetYearLine.seen(line.targetVersion()),
                        benchmarks,
                        TargetYearLine.seen(line.benchmarkVersion())));
            }
        }
        String why = Forms.text(reason);
        if (why == null && targetChanged) {
            Forms.reject(errors, "reason", "required", MeasureTargetAdminService.REASON_NEEDED);
        } else if (why != null && why.length() > 2000) {
            Forms.reject(errors, "reason", "size", "The reason must be 2,000 characters or fewer");
        }
        return errors.hasErrors() ? null : figures;
    }
}
