package com.cptracker.measures;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureRecords.NewMeasure;
import com.cptracker.measures.MeasureRecords.NewValue;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The scorecard's measures, their targets, benchmarks and values. */
@Service
@Transactional(readOnly = true)
public class MeasureService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureBenchmarkRepository benchmarks;
    private final MeasureValueRepository values;
    private final Clock clock;

    MeasureService(
            MeasureRepository measures,
            MeasureTargetRepository targets,
            MeasureBenchmarkRepository benchmarks,
            MeasureValueRepository values,
            Clock clock) {
        this.measures = measures;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.values = values;
        this.clock = clock;
    }

    /**
     * Adds measures with their targets, benchmarks and values, in scorecard order; returns their ids by ref. Values are
     * recorded as entered by {@code enteredBy} (a user id, or null with a name such as "Demo data").
     */
    @Transactional
    public Map<String, Long> addMeasures(
            long strategyId, List<NewMeasure> newMeasures, Long enteredById, String enteredByName, boolean demoValues) {
        Map<String, Long> ids = new LinkedHashMap<>();
        int position = (int) measures.countByStrategyId(strategyId);
        Instant now = clock.instant();
        List<MeasureTarget> newTargets = new ArrayList<>();
        List<MeasureBenchmark> newBenchmarks = new ArrayList<>();
        List<MeasureValue> newValues = new ArrayList<>();
        for (NewMeasure n : newMeasures) {
            Measure m = measures.save(new Measure(strategyId, ++position, n.fields(), n.demo()));
            if (ids.putIfAbsent(n.ref(), m.getId()) != null) {
                throw new IllegalArgumentException("Two measures share the ref " + n.ref());
            }
            n.targets()
                    .forEach(t -> newTargets.add(new MeasureTarget(
                            m.getId(),
                            t.year(),
                            t.target(),
                            t.targetLow(),
                            t.targetHigh(),
                            t.amberThreshold(),
                            t.reason())));
            n.benchmarks()
                    .forEach(b -> newBenchmarks.add(
                            new MeasureBenchmark(m.getId(), b.year(), b.statNeighbour(), b.national(), b.source())));
            for (NewValue v : n.values()) {
                ReportingPeriod period = ReportingPeriod.parse(v.period());
                // Demo figures read as if entered soon after their period closed, as officers would.
                Instant enteredAt = demoValues
                        ? period.end().plusDays(12).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : now;
                newValues.add(new MeasureValue(
                        m.getId(),
                        period,
                        v.value(),
                        v.mark(),
                        v.text(),
                        v.note(),
                        demoValues,
                        enteredById,
                        enteredByName,
                        enteredAt));
            }
        }
        targets.saveAll(newTargets);
        benchmarks.saveAll(newBenchmarks);
        values.saveAll(newValues);
        return ids;
    }

    public List<MeasureSummary> measuresOfStrategy(long strategyId) {
        return measures.findByStrategyIdOrderByPosition(strategyId).stream()
                .map(MeasureService::summary)
                .toList();
    }

    public List<MeasureSummary> measuresOfPriority(long priorityId) {
        return measures.findByPriorityIdOrderByPosition(priorityId).stream()
                .map(MeasureService::summary)
                .toList();
    }

    /** Every measure this person owns, in any strategy, in one query. */
    public List<MeasureSummary> ownedBy(long userId) {
        return measures.findByOwnerUserIdOrderByStrategyIdAscPositionAsc(userId).stream()
                .map(MeasureService::summary)
                .toList();
    }

    /** The measures on the scorecard (not retired) that this person owns, in one query. */
    public List<MeasureSummary> activeOwnedBy(long userId) {
        return measures.findByOwnerUserIdAndActiveTrueOrderByStrategyIdAscPositionAsc(userId).stream()
                .map(MeasureService::summary)
                .toList();
    }

    /** A strategy's measures on the scorecard, retired ones left out. */
    public List<MeasureSummary> activeMeasuresOfStrategy(long strategyId) {
        return measures.findByStrategyIdAndActiveTrueOrderByPosition(strategyId).stream()
                .map(MeasureService::summary)
                .toList();
    }

    public long countByStrategy(long strategyId) {
        return measures.countByStrategyId(strategyId);
    }

    static MeasureSummary summary(Measure m) {
        return MeasureAdminService.fields(m).summary(m.getId(), m.isDemo(), m.getStrategyId());
    }
}
