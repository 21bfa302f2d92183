package com.cptracker.transfer;

import com.cptracker.status.Polarity;
import com.cptracker.transfer.StrategyDocument.BenchmarkItem;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.TargetItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link DocumentChecks}' checks of the Targets and Benchmarks sheets: each names a measure (in the file or the
 * strategy), and a target fits its measure: a range for one kept within a range, a figure for any other.
 */
final class TargetChecks {

    private TargetChecks() {}

    static void check(DocumentChecks c, Set<String> measures) {
        StrategyDocument file = c.file;
        StrategyDocument current = c.current;
        Map<String, MeasureItem> byRef = new HashMap<>();
        if (current != null) {
            current.measures().forEach(m -> byRef.put(m.ref(), m));
        }
        file.measures().forEach(m -> byRef.put(m.ref(), m));
        for (TargetItem t : file.targets()) {
            MeasureItem m = byRef.get(t.measure());
            if (m == null) {
                if (!measures.contains(t.measure())) {
                    c.problem(
                            MeasureSheets.TARGETS,
                            t,
                            "Measure",
                            DocumentChecks.missing("measure", t.measure(), "Measures"));
                }
                continue;
            }
            boolean range = t.targetLow() != null || t.targetHigh() != null;
            if (m.polarity() == Polarity.TARGET_RANGE && (t.targetLow() == null || t.targetHigh() == null)) {
                c.problem(
                        MeasureSheets.TARGETS,
                        t,
                        "Range from",
                        "Give both ends of the range: " + m.ref() + " is kept within a range");
            } else if (m.polarity() != Polarity.TARGET_RANGE && range) {
                c.problem(
                        MeasureSheets.TARGETS,
                        t,
                        "Range from",
                        "Give a target, not a range: " + m.ref() + " is not kept within a range");
            } else if (range && t.targetLow().compareTo(t.targetHigh()) > 0) {
                c.problem(MeasureSheets.TARGETS, t, "Range to", "The range must end at or above where it starts");
            } else if (m.polarity() != Polarity.TARGET_RANGE && t.target() == null) {
                c.problem(MeasureSheets.TARGETS, t, "Target", "Enter the target for " + m.ref() + " in " + t.year());
            }
        }
        for (BenchmarkItem b : file.benchmarks()) {
            if (!measures.contains(b.measure())) {
                c.problem(
                        MeasureSheets.BENCHMARKS,
                        b,
                        "Measure",
                        DocumentChecks.missing("measure", b.measure(), "Measures"));
            }
        }
    }
}
