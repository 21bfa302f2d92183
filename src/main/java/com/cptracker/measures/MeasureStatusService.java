package com.cptracker.measures;

import com.cptracker.common.AsAt;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.measures.domain.StoredValue;
import com.cptracker.status.Target;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures as they stand in a quarter. A measure's plan (its definition, targets and benchmarks) is read in three
 * queries for a whole strategy, or taken from a published quarter's record; its values are read in one more query,
 * as they stood for the quarter ({@link AsAt}), straight into records.
 */
@Service
@Transactional(readOnly = true)
public class MeasureStatusService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureBenchmarkRepository benchmarks;
    private final MeasureValueRepository values;

    MeasureStatusService(
            MeasureRepository measures,
            MeasureTargetRepository targets,
            MeasureBenchmarkRepository benchmarks,
            MeasureValueRepository values) {
        this.measures = measures;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.values = values;
    }

    /** Every measure of a strategy, retired ones included, in scorecard order, with its targets and benchmarks. */
    public List<MeasurePlan> plans(long strategyId) {
        List<Measure> all = measures.findByStrategyIdOrderByPosition(strategyId);
        Set<Long> active =
                all.stream().filter(Measure::isActive).map(Measure::getId).collect(Collectors.toSet());
        return plans(all.stream().map(MeasureService::summary).toList(), m -> active.contains(m.id()));
    }

    private List<MeasurePlan> plans(List<MeasureSummary> all, Predicate<MeasureSummary> active) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(MeasureSummary::id).toList();
        Map<Long, List<TargetYear>> targetsById = targets.findByMeasureIdInOrderByYear(ids).stream()
                .collect(Collectors.groupingBy(
                        MeasureTarget::getMeasureId,
                        Collectors.mapping(MeasureStatusService::targetYear, Collectors.toList())));
        Map<Long, List<BenchmarkYear>> benchmarksById = benchmarks.findByMeasureIdInOrderByYear(ids).stream()
                .collect(Collectors.groupingBy(
                        MeasureBenchmark::getMeasureId,
                        Collectors.mapping(MeasureStatusService::benchmarkYear, Collectors.toList())));
        return all.stream()
                .map(m -> new MeasurePlan(
                        m,
                        active.test(m),
                        List.copyOf(targetsById.getOrDefault(m.id(), List.of())),
                        List.copyOf(benchmarksById.getOrDefault(m.id(), List.of()))))
                .toList();
    }

    /**
     * Each measure evaluated for the quarter, in one query for the values it shows; by the strategy's settings (its
     * benchmark margin and small-number mark) as the quarter shows them.
     */
    public List<MeasureStatusView> evaluate(List<MeasurePlan> plans, AsAt at, StrategySummary strategy) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredValue>> valuesById = shownById(plans, at, false);
        return plans.stream()
                .map(p -> evaluator(p, valuesById.getOrDefault(p.measure().id(), List.of()), strategy)
                        .evaluate(at.quarter())
                        .shownAt(at))
                .toList();
    }

    /** Several measures on the scorecard, as they stand now, evaluated for a quarter not yet published. */
    public List<MeasureStatusView> forMeasures(
            List<MeasureSummary> some, ReportingPeriod quarter, StrategySummary strategy) {
        return evaluate(plans(some, m -> true), AsAt.unpublished(quarter), strategy);
    }

    /** One measure's plan, as it stands now, by its ref in the strategy. */
    public MeasurePlan plan(long strategyId, String ref) {
        Measure m = measures.findByStrategyIdAndRef(strategyId, ref)
                .orElseThrow(() -> new NotFoundException("Measure", ref));
        return plans(List.of(MeasureService.summary(m)), x -> m.isActive()).getFirst();
    }

    /** Everything a measure's page shows for the quarter, in one query for its values. */
    public MeasureDetail detail(MeasurePlan plan, AsAt at, StrategySummary strategy) {
        return detail(plan, shown(List.of(plan.measure().id()), at, true), at, strategy);
    }

    /** What {@link #detail} gives, for each of several measures, in one query for all their values. */
    public List<MeasureDetail> details(List<MeasurePlan> plans, AsAt at, StrategySummary strategy) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredValue>> valuesById = shownById(plans, at, true);
        return plans.stream()
                .map(p -> detail(p, valuesById.getOrDefault(p.measure().id(), List.of()), at, strategy))
                .toList();
    }

    private static MeasureDetail detail(MeasurePlan plan, List<StoredValue> all, AsAt at, StrategySummary strategy) {
        MeasureSummary m = plan.measure();
        MeasureEvaluator e =
                evaluator(plan, all.stream().filter(v -> !v.superseded()).toList(), strategy);
        return new MeasureDetail(
                e.evaluate(at.quarter()).shownAt(at),
                e.history(all),
                plan.targets().stream()
                        .map(t -> new MeasureDetail.TargetRow(
                                t.year(),
                                new Target(t.target(), t.targetLow(), t.targetHigh(), t.amberThreshold()).describe(),
                                Target.plain(t.amberThreshold()),
                                t.reason()))
                        .toList(),
                plan.benchmarks().stream()
                        .map(b -> new MeasureDetail.BenchmarkRow(
                                b.year(),
                                m.unit().format(b.statNeighbour()),
                                m.unit().format(b.national()),
                                b.source()))
                        .toList(),
                e.trendPoints(at.quarter()));
    }

    private static MeasureEvaluator evaluator(MeasurePlan p, List<StoredValue> shown, StrategySummary strategy) {
        return new MeasureEvaluator(
                p.measure(),
                p.targets(),
                p.benchmarks(),
                shown,
                strategy.benchmarkMargin(),
                strategy.smallNumberMark());
    }

    /**
     * The current values (a corrected value's originals are kept, superseded) that belong on the quarter's pages, and
     * with {@code withOriginals} the originals of its periods too, whenever they were entered.
     */
    private List<StoredValue> shown(List<Long> measureIds, AsAt at, boolean withOriginals) {
        return values.findShown(measureIds, at.quarter().end(), at.published(), at.enteredBy(), withOriginals);
    }

    /** What {@link #shown} gives for the measures of these plans, by measure. */
    private Map<Long, List<StoredValue>> shownById(List<MeasurePlan> plans, AsAt at, boolean withOriginals) {
        return shown(plans.stream().map(p -> p.measure().id()).toList(), at, withOriginals).stream()
                .collect(Collectors.groupingBy(StoredValue::measureId));
    }

    static TargetYear targetYear(MeasureTarget t) {
        return new TargetYear(
                t.getYear(), t.getTarget(), t.getTargetLow(), t.getTargetHigh(), t.getAmberThreshold(), t.getReason());
    }

    static BenchmarkYear benchmarkYear(MeasureBenchmark b) {
        return new BenchmarkYear(b.getYear(), b.getStatNeighbour(), b.getNational(), b.getSource());
    }
}
