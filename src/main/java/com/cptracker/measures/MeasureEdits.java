package com.cptracker.measures;

import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Target;
import java.math.BigDecimal;

/** What an administrator enters about a measure, its targets and benchmarks, and what an edit starts from. */
public final class MeasureEdits {

    private MeasureEdits() {}

    /**
     * A measure as an administrator states it. {@code baselineValue} and {@code baselineWhen}: the figure it started
     * from, in its unit, and when, as the document writes it ("2023-24", "March 2024"); {@code benchmarkMargin}: its own
     * margin for "similar" to a benchmark, or null for the strategy's. A qualitative measure is never asked which way
     * is better: unless it is shown for context only, it is rated by its owner.
     */
    public record MeasureFields(
            Long priorityId,
            Long statementId,
            String ref,
            String title,
            String definition,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String ownerTitle,
            Long ownerUserId,
            String cypPlanPriority,
            String corporatePriority,
            BigDecimal baselineValue,
            String baselineWhen,
            SimilarMargin benchmarkMargin) {

        public MeasureFields {
            if (unit == MeasureUnit.QUALITATIVE && polarity != Polarity.CONTEXT_ONLY) {
                polarity = Polarity.OWNER_RATED;
            }
        }

        /** A measure with no baseline and the strategy's benchmark margin. */
        public MeasureFields(
                Long priorityId,
                Long statementId,
                String ref,
                String title,
                String definition,
                MeasureUnit unit,
                Polarity polarity,
                Frequency frequency,
                String ownerTitle,
                Long ownerUserId,
                String cypPlanPriority,
                String corporatePriority) {
            this(
                    priorityId,
                    statementId,
                    ref,
                    title,
                    definition,
                    unit,
                    polarity,
                    frequency,
                    ownerTitle,
                    ownerUserId,
                    cypPlanPriority,
                    corporatePriority,
                    null,
                    null,
                    null);
        }

        /** The measure as pages and other modules read it, with these fields. */
        public MeasureSummary summary(long id, boolean demo, long strategyId) {
            return new MeasureSummary(
                    id,
                    priorityId,
                    statementId,
                    ref,
                    title,
                    definition,
                    unit,
                    polarity,
                    frequency,
                    ownerTitle,
                    cypPlanPriority,
                    corporatePriority,
                    demo,
                    strategyId,
                    ownerUserId,
                    baselineValue,
                    baselineWhen,
                    benchmarkMargin);
        }
    }

    public record MeasureEdit(long id, MeasureFields fields, boolean demo, boolean active, long version) {

        /** The measure as the board's pages read it (its baseline, its margin for "similar"). */
        public MeasureSummary summary(long strategyId) {
            return fields.summary(id, demo, strategyId);
        }

        public String ref() {
            return fields.ref();
        }

        public String title() {
            return fields.title();
        }
    }

    /** One row of the administrator's list of a strategy's measures. */
    public record MeasureRow(
            long id,
            long strategyId,
            Long priorityId,
            String ref,
            String title,
            MeasureUnit unit,
            Polarity polarity,
            String ownerTitle,
            Long ownerUserId,
            boolean active,
            long version) {}

    /** A year's target: one figure or a low-to-high range, the amber threshold, and why it was set. */
    public record TargetFields(
            String year,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal amberThreshold,
            String reason) {

        public String describe() {
            return new Target(target, targetLow, targetHigh, amberThreshold).describe();
        }

        public String threshold() {
            return Target.plain(amberThreshold);
        }

        /** The figures alone: the target or range and the amber threshold. */
        public Target figures() {
            return new Target(target, targetLow, targetHigh, amberThreshold);
        }
    }

    public record TargetEdit(long id, TargetFields fields, long version) {

        public String year() {
            return fields.year();
        }
    }

    public record BenchmarkFields(String year, BigDecimal statNeighbour, BigDecimal national, String source) {

        public String neighboursText() {
            return statNeighbour == null ? "" : Target.plain(statNeighbour);
        }

        public String nationalText() {
            return national == null ? "" : Target.plain(national);
        }

        /** The figures and source alone. */
        public BenchmarkFigures figures() {
            return new BenchmarkFigures(statNeighbour, national, source);
        }
    }

    public record BenchmarkEdit(long id, BenchmarkFields fields, long version) {

        public String year() {
            return fields.year();
        }
    }

    /** A year's benchmarks without the year: the statistical neighbours' and national averages, and their source. */
    public record BenchmarkFigures(BigDecimal statNeighbour, BigDecimal national, String source) {}

    /**
     * One measure's target and benchmarks for a year, as the year's page, a measure's single form or the workbook
     * gives them. {@code target} is the target to set, or null to leave the target alone (and not check it);
     * {@code targetVersion} the version of the target the caller saw, null when it saw none. The same for the
     * benchmarks.
     */
    public record YearFigures(
            long measureId, Target target, Long targetVersion, BenchmarkFigures benchmarks, Long benchmarkVersion) {}

    /**
     * One measure's row of a year's targets and benchmarks: the measure, its target and benchmarks for the year (null
     * when none are set) and for the year before, for reference.
     */
    public record YearRow(
            MeasureRow measure,
            TargetEdit target,
            BenchmarkEdit benchmark,
            TargetEdit lastTarget,
            BenchmarkEdit lastBenchmark) {

        /** A measure that has a target: not one reported in words, nor one shown for context only. */
        public boolean takesTarget() {
            return takesBenchmarks() && measure.polarity() != Polarity.CONTEXT_ONLY;
        }

        /** A measure with figures to compare: not one reported in words. */
        public boolean takesBenchmarks() {
            return measure.unit() != MeasureUnit.QUALITATIVE;
        }

        /** A measure whose target for the year is a range from low to high, or, not set yet, one within a range. */
        public boolean takesRange() {
            return target != null ? target.fields().target() == null : measure.polarity() == Polarity.TARGET_RANGE;
        }
    }
}
