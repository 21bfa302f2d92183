package com.cptracker.admin.web;

import com.cptracker.admin.web.TargetReading.BenchmarkBoxes;
import com.cptracker.admin.web.TargetReading.TargetBoxes;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureEdits.YearRow;
import com.cptracker.status.Target;

/**
 * One measure's line of a year's targets and benchmarks, as typed, with the versions of the target and benchmarks the
 * page showed (-1 for none set).
 */
record TargetYearLine(
        String target,
        String targetLow,
        String targetHigh,
        String amberThreshold,
        String statNeighbour,
        String national,
        Long targetVersion,
        Long benchmarkVersion) {

    /** The line as set, or empty (the amber threshold 0) for a year not yet set. */
    static TargetYearLine of(YearRow r) {
        TargetFields t = r.target() == null ? null : r.target().fields();
        BenchmarkFields b = r.benchmark() == null ? null : r.benchmark().fields();
        return new TargetYearLine(
                t == null || t.target() == null ? "" : Target.plain(t.target()),
                t == null || t.targetLow() == null ? "" : Target.plain(t.targetLow()),
                t == null || t.targetHigh() == null ? "" : Target.plain(t.targetHigh()),
                t == null ? "0" : t.threshold(),
                b == null ? "" : b.neighboursText(),
                b == null ? "" : b.nationalText(),
                r.target() == null ? -1L : r.target().version(),
                r.benchmark() == null ? -1L : r.benchmark().version());
    }

    /** Both versions as the page showed them: a line without them was not made by the page. */
    boolean isVersioned() {
        return targetVersion != null && benchmarkVersion != null;
    }

    TargetBoxes targetBoxes() {
        return new TargetBoxes(target, targetLow, targetHigh, amberThreshold);
    }

    BenchmarkBoxes benchmarkBoxes() {
        return new BenchmarkBoxes(statNeighbour, national);
    }

    /** A version as the service takes it: null for none. */
    static Long seen(Long version) {
        return version == null || version < 0 ? null : version;
    }
}
