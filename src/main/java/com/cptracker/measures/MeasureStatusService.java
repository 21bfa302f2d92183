package com.cptracker.measures;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.common.NotFoundException;
import com.cptracker.status.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every measure of a strategy as it stands in a quarter. Four queries whatever the number of measures: the measures,
 * then all their targets, benchmarks and values at once.
 */
@Service
@Transactional(readOnly = true)
public class MeasureStatusService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureBenchmarkRepository benchmarks;
    private final MeasureValueRepository values;

    MeasureStatusService(MeasureRepository measures, MeasureTargetRepository targets,
                         MeasureBenchmarkRepository benchmarks, MeasureValueRepository values) {
        this.measures = measures;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.values = values;
    }

    /**
     * The strategy's measures in scorecard order, each evaluated for the quarter. Retired measures are left out: they
     * are no longer on the scorecard, in its roll-ups or under a promise (their own pages keep their values).
     */
    public List<MeasureStatusView> forStrategy(long strategyId, ReportingPeriod quarter, BigDecimal marginPercent) {
        return forStrategy(strategyId, quarter, marginPercent, null);
    }

    /** As {@link #forStrategy(long, ReportingPeriod, BigDecimal)}, ignoring values of periods ending after a day. */
    public List<MeasureStatusView> forStrategy(long strategyId, ReportingPeriod quarter, BigDecimal marginPercent,
                                               java.time.LocalDate visibleUntil) {
        return evaluate(measures.findByStrategyIdAndActiveTrueOrderByPosition(strategyId).stream()
                .map(MeasureService::summary).toList(), quarter, marginPercent, visibleUntil);
    }

    /** Several measures evaluated for the quarter, in three queries. */
    public List<MeasureStatusView> forMeasures(List<MeasureSummary> some, ReportingPeriod quarter,
                                               BigDecimal marginPercent) {
        return evaluate(some, quarter, marginPercent, null);
    }

    /** One measure evaluated for the quarter. */
    public MeasureStatusView forMeasure(MeasureSummary measure, ReportingPeriod quarter, BigDecimal marginPercent) {
        return evaluate(List.of(measure), quarter, marginPercent, null).getFirst();
    }

    /** One measure, by its ref in the strategy, with everything its page shows. Four queries. */
    public MeasureDetail detail(long strategyId, String ref, ReportingPeriod quarter, BigDecimal marginPercent,
                                java.time.LocalDate visibleUntil) {
        MeasureSummary m = measures.findByStrategyIdAndRef(strategyId, ref).map(MeasureService::summary)
                .orElseThrow(() -> new NotFoundException("Measure", ref));
        List<Long> id = List.of(m.id());
        List<MeasureTarget> ts = targets.findByMeasureIdInOrderByYear(id);
        List<MeasureBenchmark> bs = benchmarks.findByMeasureIdInOrderByYear(id);
        List<MeasureValue> all = values.findByMeasureIdInOrderByPeriodStart(id).stream()
                .filter(v -> visibleUntil == null || !v.getPeriodEnd().isAfter(visibleUntil)).toList();
        MeasureEvaluator e = new MeasureEvaluator(m, ts, bs, visible(all, visibleUntil), marginPercent);
        return new MeasureDetail(e.evaluate(quarter), e.history(all),
                ts.stream().map(t -> new MeasureDetail.TargetRow(t.getYear(), target(t),
                        Target.plain(t.getAmberThreshold()), t.getReason())).toList(),
                bs.stream().map(b -> new MeasureDetail.BenchmarkRow(b.getYear(), m.unit().format(b.getStatNeighbour()),
                        m.unit().format(b.getNational()), b.getSource())).toList(),
                e.trendPoints(quarter));
    }

    private static String target(MeasureTarget t) {
        return new Target(t.getTarget(), t.getTargetLow(), t.getTargetHigh(), t.getAmberThreshold()).describe();
    }

    /** Current values only (a revised value's original is kept but superseded), up to a day if one is given. */
    private static List<MeasureValue> visible(List<MeasureValue> all, java.time.LocalDate until) {
        return all.stream().filter(v -> !v.isSuperseded())
                .filter(v -> until == null || !v.getPeriodEnd().isAfter(until)).toList();
    }

    private List<MeasureStatusView> evaluate(List<MeasureSummary> all, ReportingPeriod quarter,
                                             BigDecimal marginPercent, java.time.LocalDate visibleUntil) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(MeasureSummary::id).toList();
        Map<Long, List<MeasureTarget>> targetsById = targets.findByMeasureIdInOrderByYear(ids).stream()
                .collect(Collectors.groupingBy(MeasureTarget::getMeasureId));
        Map<Long, List<MeasureBenchmark>> benchmarksById = benchmarks.findByMeasureIdInOrderByYear(ids).stream()
                .collect(Collectors.groupingBy(MeasureBenchmark::getMeasureId));
        Map<Long, List<MeasureValue>> valuesById = visible(values.findByMeasureIdInOrderByPeriodStart(ids),
                        visibleUntil).stream()
                .collect(Collectors.groupingBy(MeasureValue::getMeasureId));
        return all.stream().map(m -> new MeasureEvaluator(m, targetsById.getOrDefault(m.id(), List.of()),
                        benchmarksById.getOrDefault(m.id(), List.of()), valuesById.getOrDefault(m.id(), List.of()),
                        marginPercent).evaluate(quarter))
                .toList();
    }
}
