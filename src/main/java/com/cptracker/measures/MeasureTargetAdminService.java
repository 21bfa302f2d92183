package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.AuditService.AuditEntry;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureEdits.BenchmarkEdit;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.BenchmarkFigures;
import com.cptracker.measures.MeasureEdits.TargetEdit;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureEdits.YearFigures;
import com.cptracker.measures.MeasureEdits.YearRow;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.status.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** The refusal of a target set or changed without a reason: on a measure's form and on a year's page. */
    public static final String REASON_NEEDED = "Enter the reason for the targets you set or changed";

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
     * meanwhile, or the target changed since the form was opened, the save is refused. The same save as a year's
     * page: {@link #saveYear} with one measure.
     */
    @Transactional
    public void setTarget(long strategyId, long measureId, TargetFields f, Long expectedVersion) {
        long id = measureOf(strategyId, measureId);
        if (expectedVersion == null
                && targets.findByMeasureIdAndYear(id, f.year()).isPresent()) {
            throw new RejectedInput("year", "A target for " + f.year() + " is already set: change it from the list");
        }
        saveYear(
                strategyId,
                f.year(),
                List.of(new YearFigures(id, f.figures(), expectedVersion, null, null)),
                f.reason());
    }

    /** Sets the benchmarks for a year; {@code expectedVersion} as for targets. */
    @Transactional
    public void setBenchmark(long strategyId, long measureId, BenchmarkFields f, Long expectedVersion) {
        long id = measureOf(strategyId, measureId);
        if (expectedVersion == null
                && benchmarks.findByMeasureIdAndYear(id, f.year()).isPresent()) {
            throw new RejectedInput(
                    "year", "Benchmarks for " + f.year() + " are already set: change them from the list");
        }
        saveYear(strategyId, f.year(), List.of(new YearFigures(id, null, null, f.figures(), expectedVersion)), null);
    }

    /**
     * Every measure of the strategy, in scorecard order, with its target and benchmarks for {@code year} and for the
     * year before.
     */
    public List<YearRow> year(long strategyId, String year) {
        List<Measure> all = measures.findByStrategyIdOrderByPosition(strategyId);
        List<Long> ids = all.stream().map(Measure::getId).toList();
        String last = ReportingPeriod.parse(year).previous().code();
        List<String> years = List.of(year, last);
        Map<String, MeasureTarget> t = new HashMap<>();
        targets.findByMeasureIdInAndYearIn(ids, years).forEach(x -> t.put(x.getMeasureId() + x.getYear(), x));
        Map<String, MeasureBenchmark> b = new HashMap<>();
        benchmarks.findByMeasureIdInAndYearIn(ids, years).forEach(x -> b.put(x.getMeasureId() + x.getYear(), x));
        return all.stream()
                .map(m -> new YearRow(
                        MeasureAdminService.row(m),
                        edit(t.get(m.getId() + year)),
                        edit(b.get(m.getId() + year)),
                        edit(t.get(m.getId() + last)),
                        edit(b.get(m.getId() + last))))
                .toList();
    }

    /**
     * Sets the targets and benchmarks of a strategy's measures for a reporting year ({@code year}, like 2025-26), all
     * or nothing: the one save of a year's page, of a measure's target and benchmark forms, and of the workbook import.
     *
     * <p>Each {@link YearFigures} names a measure of the strategy (another's is a {@link NotFoundException}) and gives
     * its target and its benchmarks for the year, or null for either to leave it alone, each with the version the
     * caller saw (null when it saw none: read them with {@link #year}). Any given target or benchmarks set or changed
     * by someone else since then refuses the whole save with a {@link ConcurrentChangeException}. Figures the same as
     * those set change nothing and are not audited, so saving the same figures twice changes nothing the second time.
     * Each target or benchmarks set or changed is one audit entry, under {@value #TARGET} or {@value #BENCHMARK} and
     * the measure's id, with {@code reason}; the reason is kept with each target set, and is required (a
     * {@link RejectedInput} on "reason") when any target is set or changed. Figures are not checked here beyond what
     * a {@link Target} holds: read them with the measure unit's {@code MeasureUnit.figure}.
     */
    @Transactional
    public void saveYear(long strategyId, String year, List<YearFigures> figures, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Set<Long> ids = figures.stream().map(YearFigures::measureId).collect(Collectors.toSet());
        Map<Long, Measure> ms = new HashMap<>();
        measures.findAllById(ids).stream()
                .filter(m -> Objects.equals(m.getStrategyId(), strategyId))
                .forEach(m -> ms.put(m.getId(), m));
        ids.stream().filter(id -> !ms.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("Measure", id);
        });
        Map<Long, MeasureTarget> t = new HashMap<>();
        targets.findByMeasureIdInAndYearIn(ids, List.of(year)).forEach(x -> t.put(x.getMeasureId(), x));
        Map<Long, MeasureBenchmark> b = new HashMap<>();
        benchmarks.findByMeasureIdInAndYearIn(ids, List.of(year)).forEach(x -> b.put(x.getMeasureId(), x));
        for (YearFigures f : figures) {
            if (f.target() != null) {
                check(t.get(f.measureId()) == null ? null : t.get(f.measureId()).getVersion(), f.targetVersion());
            }
            if (f.benchmarks() != null) {
                check(b.get(f.measureId()) == null ? null : b.get(f.measureId()).getVersion(), f.benchmarkVersion());
            }
        }
        if (why == null
                && figures.stream()
                        .anyMatch(f -> f.target() != null && !f.target().sameAs(figures(t.get(f.measureId()))))) {
            throw new RejectedInput("reason", REASON_NEEDED);
        }
        for (YearFigures f : figures) {
            Measure m = ms.get(f.measureId());
            if (f.target() != null) {
                setTarget(m, year, t.get(m.getId()), f.target(), why);
            }
            if (f.benchmarks() != null) {
                setBenchmark(m, year, b.get(m.getId()), f.benchmarks(), why);
            }
        }
    }

    private void setTarget(Measure m, String year, MeasureTarget existing, Target to, String reason) {
        String label = m.getRef() + " target for " + year;
        if (existing == null) {
            targets.save(
                    new MeasureTarget(m.getId(), year, to.target(), to.low(), to.high(), to.amberThreshold(), reason));
            audit.record(
                    TARGET,
                    m.getId(),
                    label,
                    "CREATE",
                    Changes.create()
                            .set("year", year)
                            .set("target", to.describe())
                            .set("amber threshold", to.describeThreshold()),
                    reason);
            return;
        }
        Target before = figures(existing);
        if (to.sameAs(before)) {
            return;
        }
        Changes changes = Changes.create()
                .field("target", before.describe(), to.describe())
                .field("amber threshold", before.describeThreshold(), to.describeThreshold());
        existing.change(to.target(), to.low(), to.high(), to.amberThreshold(), reason);
        audit.record(TARGET, m.getId(), label, "UPDATE", changes, reason);
    }

    private void setBenchmark(Measure m, String year, MeasureBenchmark existing, BenchmarkFigures to, String reason) {
        String label = m.getRef() + " benchmarks for " + year;
        if (existing == null) {
            benchmarks.save(new MeasureBenchmark(m.getId(), year, to.statNeighbour(), to.national(), to.source()));
            audit.record(
                    BENCHMARK,
                    m.getId(),
                    label,
                    "CREATE",
                    Changes.create()
                            .set("year", year)
                            .set("statistical neighbours", to.statNeighbour())
                            .set("national", to.national())
                            .set("source", to.source()),
                    reason);
            return;
        }
        Changes changes = Changes.create()
                .field("statistical neighbours", existing.getStatNeighbour(), to.statNeighbour())
                .field("national", existing.getNational(), to.national())
                .field("source", existing.getSource(), to.source());
        if (!changes.isEmpty()) {
            existing.change(to.statNeighbour(), to.national(), to.source());
            audit.record(BENCHMARK, m.getId(), label, "UPDATE", changes, reason);
        }
    }

    /** The one version check of a year's target or benchmarks: null for none, on either side. */
    private static void check(Long actual, Long expected) {
        if (actual == null || expected == null) {
            if (actual != null || expected != null) {
                throw new ConcurrentChangeException();
            }
            return;
        }
        ConcurrentChangeException.check(actual, expected);
    }

    private static Target figures(MeasureTarget t) {
        return t == null ? null : new Target(t.getTarget(), t.getTargetLow(), t.getTargetHigh(), t.getAmberThreshold());
    }

    /** The measure's id, once it is known to be the strategy's (a 404 otherwise). */
    private long measureOf(long strategyId, long measureId) {
        return MeasureAdminService.find(measures, strategyId, measureId).getId();
    }

    private static TargetEdit edit(MeasureTarget t) {
        if (t == null) {
            return null;
        }
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
        if (b == null) {
            return null;
        }
        return new BenchmarkEdit(
                b.getId(),
                new BenchmarkFields(b.getYear(), b.getStatNeighbour(), b.getNational(), b.getSource()),
                b.getVersion());
    }
}
