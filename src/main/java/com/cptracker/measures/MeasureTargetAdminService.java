package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.AuditService.AuditEntry;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.RejectedInput;
import com.cptracker.measures.MeasureEdits.BenchmarkEdit;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.TargetEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.status.Target;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets a measure's target for each reporting year, always with a reason, and its benchmarks. A
 * target that changes keeps its history: the audit trail holds every old and new target with the reason given, under
 * the item type {@value #TARGET} and the measure's id, so a measure's whole target history is one query.
 */
@Service
@Transactional(readOnly = true)
public class MeasureTargetAdminService {

    public static final String TARGET = "measure target";
    public static final String BENCHMARK = "measure benchmark";

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureBenchmarkRepository benchmarks;
    private final AuditService audit;

    MeasureTargetAdminService(
            MeasureRepository measures,
            MeasureTargetRepository targets,
            MeasureBenchmarkRepository benchmarks,
            AuditService audit) {
        this.measures = measures;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.audit = audit;
    }

    public List<TargetEdit> targets(long strategyId, long measureId) {
        List<Long> measure = List.of(measureOf(strategyId, measureId));
        return targets.findByMeasureIdInOrderByYear(measure).stream()
                .map(MeasureTargetAdminService::edit)
                .toList();
    }

    public Optional<TargetEdit> target(long strategyId, long measureId, String year) {
        return targets.findByMeasureIdAndYear(measureOf(strategyId, measureId), year)
                .map(MeasureTargetAdminService::edit);
    }

    public List<BenchmarkEdit> benchmarks(long strategyId, long measureId) {
        List<Long> measure = List.of(measureOf(strategyId, measureId));
        return benchmarks.findByMeasureIdInOrderByYear(measure).stream()
                .map(MeasureTargetAdminService::edit)
                .toList();
    }

    public Optional<BenchmarkEdit> benchmark(long strategyId, long measureId, String year) {
        return benchmarks
                .findByMeasureIdAndYear(measureOf(strategyId, measureId), year)
                .map(MeasureTargetAdminService::edit);
    }

    /** Every change to the measure's targets, newest first, with the reasons given. */
    public List<AuditEntry> targetHistory(long strategyId, long measureId) {
        return audit.historyOf(TARGET, measureOf(strategyId, measureId));
    }

    /**
     * Sets the target for a year. {@code expectedVersion} is null for a year that has no target yet; if one was set
     * meanwhile, or the target changed since the form was opened, the save is refused.
     */
    @Transactional
    public void setTarget(long strategyId, long measureId, TargetFields f, Long expectedVersion) {
        Measure m = MeasureAdminService.find(measures, strategyId, measureId);
        if (f.reason() == null || f.reason().isBlank()) {
            throw new RejectedInput("reason", "Enter the reason for this target");
        }
        Target checked = new Target(f.target(), f.targetLow(), f.targetHigh(), f.amberThreshold());
        Optional<MeasureTarget> existing = existing(
                targets.findByMeasureIdAndYear(m.getId(), f.year()),
                expectedVersion,
                "A target for " + f.year() + " is already set: change it from the list");
        String label = m.getRef() + " target for " + f.year();
        if (existing.isEmpty()) {
            targets.save(new MeasureTarget(
                    m.getId(), f.year(), f.target(), f.targetLow(), f.targetHigh(), f.amberThreshold(), f.reason()));
            audit.record(
                    TARGET,
                    m.getId(),
                    label,
                    "CREATE",
                    Changes.create()
                            .set("year", f.year())
                            .set("target", checked.describe())
                            .set("amber threshold", checked.describeThreshold()),
                    f.reason());
            return;
        }
        MeasureTarget t = existing.get();
        ConcurrentChangeException.check(t.getVersion(), expectedVersion);
        Target before = new Target(t.getTarget(), t.getTargetLow(), t.getTargetHigh(), t.getAmberThreshold());
        Changes changes = Changes.create()
                .field("target", before.describe(), checked.describe())
                .field("amber threshold", before.describeThreshold(), checked.describeThreshold());
        if (changes.isEmpty() && f.reason().equals(t.getReason())) {
            return;
        }
        if (changes.isEmpty()) {
            changes.field("reason", t.getReason(), f.reason());
        }
        t.change(f.target(), f.targetLow(), f.targetHigh(), f.amberThreshold(), f.reason());
        audit.record(TARGET, m.getId(), label, "UPDATE", changes, f.reason());
    }

    /** Sets the benchmarks for a year; {@code expectedVersion} as for targets. */
    @Transactional
    public void setBenchmark(long strategyId, long measureId, BenchmarkFields f, Long expectedVersion) {
        Measure m = MeasureAdminService.find(measures, strategyId, measureId);
        Optional<MeasureBenchmark> existing = existing(
                benchmarks.findByMeasureIdAndYear(m.getId(), f.year()),
                expectedVersion,
                "Benchmarks for " + f.year() + " are already set: change them from the list");
        String label = m.getRef() + " benchmarks for " + f.year();
        if (existing.isEmpty()) {
            benchmarks.save(new MeasureBenchmark(m.getId(), f.year(), f.statNeighbour(), f.national(), f.source()));
            audit.record(
                    BENCHMARK,
                    m.getId(),
                    label,
                    "CREATE",
                    Changes.create()
                            .set("year", f.year())
                            .set("statistical neighbours", f.statNeighbour())
                            .set("national", f.national())
                            .set("source", f.source()),
                    null);
            return;
        }
        MeasureBenchmark b = existing.get();
        ConcurrentChangeException.check(b.getVersion(), expectedVersion);
        Changes changes = Changes.create()
                .field("statistical neighbours", b.getStatNeighbour(), f.statNeighbour())
                .field("national", b.getNational(), f.national())
                .field("source", b.getSource(), f.source());
        b.change(f.statNeighbour(), f.national(), f.source());
        if (!changes.isEmpty()) {
            audit.record(BENCHMARK, m.getId(), label, "UPDATE", changes, null);
        }
    }

    /** The measure's id, once it is known to be the strategy's (a 404 otherwise). */
    private long measureOf(long strategyId, long measureId) {
        return MeasureAdminService.find(measures, strategyId, measureId).getId();
    }

    /**
     * A year's target or benchmarks as they stand. A form opened for a new year ({@code expectedVersion} null) is
     * refused with {@code taken} if the year has them already; one opened to change them, if they are gone.
     */
    private static <T> Optional<T> existing(Optional<T> found, Long expectedVersion, String taken) {
        if (found.isEmpty() && expectedVersion != null) {
            throw new ConcurrentChangeException();
        }
        if (found.isPresent() && expectedVersion == null) {
            throw new RejectedInput("year", taken);
        }
        return found;
    }

    private static TargetEdit edit(MeasureTarget t) {
        return new TargetEdit(
                t.getId(),
                new TargetFields(
                        t.getYear(),
                        t.getTarget(),
                        t.getTargetLow(),
                        t.getTargetHigh(),
                        t.getAmberThreshold(),
                        t.getReason()),
                t.getVersion());
    }

    private static BenchmarkEdit edit(MeasureBenchmark b) {
        return new BenchmarkEdit(
                b.getId(),
                new BenchmarkFields(b.getYear(), b.getStatNeighbour(), b.getNational(), b.getSource()),
                b.getVersion());
    }
}
