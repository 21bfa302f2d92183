package com.cptracker.measures;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.ReportingPeriod.Kind;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.MeasureStatusView.Benchmarks;
import com.cptracker.measures.MeasureStatusView.QuarterCell;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.domain.StoredValue;
import com.cptracker.status.BenchmarkRules;
import com.cptracker.status.DirectionRules;
import com.cptracker.status.ExceptionRules;
import com.cptracker.status.MeasureRules;
import com.cptracker.status.PeriodRules;
import com.cptracker.status.Reading;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import com.cptracker.status.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Applies the status rules to one measure's stored figures for a quarter. No database and no Spring. */
final class MeasureEvaluator {

    private static final int TREND_POINTS = 8;

    private final MeasureSummary measure;
    private final Map<String, TargetYear> targets;
    private final List<BenchmarkYear> benchmarks;
    private final Map<String, StoredValue> values;
    private final Kind valuesKind;
    private final SimilarMargin margin;
    private final String smallNumberMark;

    MeasureEvaluator(
            MeasureSummary measure,
            List<TargetYear> targets,
            List<BenchmarkYear> benchmarks,
            List<StoredValue> values,
            SimilarMargin strategyMargin,
            String smallNumberMark) {
        this.measure = measure;
        this.targets = targets.stream().collect(Collectors.toMap(TargetYear::year, Function.identity()));
        this.benchmarks = benchmarks.stream()
                .sorted(Comparator.comparing(BenchmarkYear::year))
                .toList();
        this.values = values.stream().collect(Collectors.toMap(StoredValue::periodCode, Function.identity()));
        this.valuesKind = values.stream()
                .map(v -> ReportingPeriod.parse(v.periodCode()))
                .filter(p -> measure.frequency().accepts(p.kind()))
                .max(Comparator.comparing(ReportingPeriod::end))
                .map(ReportingPeriod::kind)
                .orElse(null);
        this.margin = measure.similarMargin(strategyMargin);
        this.smallNumberMark = smallNumberMark;
    }

    MeasureStatusView evaluate(ReportingPeriod quarter) {
        ReportingPeriod period = periodFor(quarter);
        StoredValue current = values.get(period.code());
        Target target = target(period.reportingYear());
        Verdict verdict = MeasureRules.status(measure.polarity(), qualitative(), target, reading(current));
        StoredValue previous = values.get(period.previous().code());
        StoredValue lastYear = values.get(period.yearEarlier().code());
        ReportingPeriod lastYearEnd =
                ReportingPeriod.parse(quarter.yearEarlier().reportingYear() + "-Q4");
        return new MeasureStatusView(
                measure,
                quarter,
                period,
                view(current),
                period.reportingYear(),
                target,
                verdict,
                view(previous),
                DirectionRules.direction(measure.polarity(), target, reading(current), reading(previous)),
                view(lastYear),
                DirectionRules.direction(measure.polarity(), target, reading(current), reading(lastYear)),
                benchmarks(period.reportingYear(), reading(current)),
                view(values.get(periodFor(lastYearEnd).code())),
                yearSoFar(quarter),
                trend(period),
                missedRunning(period));
    }

    /**
     * How many of the measure's periods running, up to and including this one, missed the target for their year
     * (none for a qualitative measure, which has no target), at most {@link ExceptionRules#MAX_QUARTERS}.
     */
    private int missedRunning(ReportingPeriod period) {
        if (qualitative()) {
            return 0;
        }
        Stream<Status> newestFirst = Stream.iterate(period, ReportingPeriod::previous)
                .limit(ExceptionRules.MAX_QUARTERS)
                .map(p -> MeasureRules.status(
                                measure.polarity(), false, target(p.reportingYear()), reading(values.get(p.code())))
                        .status());
        return ExceptionRules.missedRunning(newestFirst::iterator);
    }

    /** Every value given, newest first, originals that were later corrected included. */
    List<ValueView> history(List<StoredValue> all) {
        return all.stream()
                .sorted(Comparator.comparing(StoredValue::periodStart)
                        .reversed()
                        .thenComparing(StoredValue::superseded)
                        .thenComparing(StoredValue::enteredAt, Comparator.reverseOrder()))
                .map(this::view)
                .toList();
    }

    /** Each period of the measure's own kind, oldest first, up to the quarter's period. */
    List<MeasureDetail.TrendPoint> trendPoints(ReportingPeriod quarter) {
        ReportingPeriod last = periodFor(quarter);
        List<StoredValue> own = values.values().stream()
                .filter(v -> ReportingPeriod.parse(v.periodCode()).kind() == last.kind())
                .filter(v -> !v.periodEnd().isAfter(last.end()))
                .sorted(Comparator.comparing(StoredValue::periodStart))
                .toList();
        List<MeasureDetail.TrendPoint> points = new ArrayList<>();
        for (StoredValue v : own) {
            ReportingPeriod p = ReportingPeriod.parse(v.periodCode());
            TargetYear t = targets.get(p.reportingYear());
            BenchmarkYear b = benchmarkFor(p.reportingYear());
            points.add(new MeasureDetail.TrendPoint(
                    p.label(),
                    v.value(),
                    v.mark(),
                    view(v).display(),
                    t == null ? null : t.target(),
                    t == null ? null : t.targetLow(),
                    t == null ? null : t.targetHigh(),
                    b == null ? null : b.statNeighbour(),
                    b == null ? null : b.national()));
        }
        return points;
    }

    private ReportingPeriod periodFor(ReportingPeriod quarter) {
        return PeriodRules.expectedPeriod(quarter, measure.frequency(), valuesKind);
    }

    private List<QuarterCell> yearSoFar(ReportingPeriod quarter) {
        List<QuarterCell> cells = new ArrayList<>();
        ReportingPeriod q = ReportingPeriod.parse(quarter.reportingYear() + "-Q1");
        while (!q.start().isAfter(quarter.start())) {
            ReportingPeriod p = periodFor(q);
            StoredValue v = values.get(p.code());
            cells.add(new QuarterCell(
                    q,
                    view(v),
                    MeasureRules.status(measure.polarity(), qualitative(), target(p.reportingYear()), reading(v))
                            .status()));
            q = q.next();
        }
        return cells;
    }

    /** The latest values of the measure's own kind up to the period, oldest first, for a small trend line. */
    private List<ValueView> trend(ReportingPeriod period) {
        List<ValueView> points = new ArrayList<>();
        ReportingPeriod p = period;
        for (int i = 0; i < TREND_POINTS; i++) {
            StoredValue v = values.get(p.code());
            if (v != null) {
                points.addFirst(view(v));
            }
            p = p.previous();
        }
        return points;
    }

    private BenchmarkYear benchmarkFor(String year) {
        BenchmarkYear found = null;
        for (BenchmarkYear b : benchmarks) {
            if (b.year().compareTo(year) <= 0) {
                found = b;
            }
        }
        return found;
    }

    private Benchmarks benchmarks(String year, Reading reading) {
        BenchmarkYear found = benchmarkFor(year);
        if (found == null) {
            return Benchmarks.NONE;
        }
        return new Benchmarks(
                found.year(),
                found.statNeighbour(),
                BenchmarkRules.compare(measure.polarity(), reading, found.statNeighbour(), margin),
                found.national(),
                BenchmarkRules.compare(measure.polarity(), reading, found.national(), margin),
                measure.unit().format(found.statNeighbour()),
                measure.unit().format(found.national()));
    }

    private Target target(String year) {
        TargetYear t = targets.get(year);
        return t == null ? null : t.rule();
    }

    private boolean qualitative() {
        return measure.unit() == MeasureUnit.QUALITATIVE;
    }

    private static Reading reading(StoredValue v) {
        return v == null ? null : new Reading(v.value(), v.mark(), v.ownerStatus());
    }

    private ValueView view(StoredValue v) {
        if (v == null) {
            return null;
        }
        String display = v.mark() != null
                ? v.mark().symbol(smallNumberMark)
                : v.value() != null ? measure.unit().format(v.value()) : v.textValue();
        return new ValueView(
                ReportingPeriod.parse(v.periodCode()),
                v.value(),
                v.mark(),
                v.textValue(),
                v.note(),
                v.ownerStatus(),
                v.demo(),
                v.enteredByName(),
                v.enteredAt(),
                display,
                v.revisionReason(),
                v.superseded());
    }
}
