package com.cptracker.measures;

import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Target;
import java.math.BigDecimal;
import java.util.List;

/** Views of measures for other modules and pages, and what creating one takes. */
public final class MeasureRecords {

    private MeasureRecords() {}

    public record MeasureSummary(
            long id,
            Long priorityId,
            Long statementId,
            String ref,
            String title,
            String definition,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String ownerTitle,
            String cypPlanPriority,
            String corporatePriority,
            boolean demo,
            long strategyId,
            Long ownerUserId,
            BigDecimal baselineValue,
            String baselineWhen,
            SimilarMargin benchmarkMargin) {

        /**
         * A qualitative measure its owner rates red, amber or green (with a comment); a context-only one is reported in
         * words and never rated, whoever rates it.
         */
        public boolean ratedByOwner() {
            return unit == MeasureUnit.QUALITATIVE && polarity != Polarity.CONTEXT_ONLY;
        }

        /** The baseline as the board reads it: "12%, 2023-24", the figure in the measure's unit; null when none. */
        public String baseline() {
            return baselineValue == null
                    ? null
                    : unit.format(baselineValue) + (baselineWhen == null ? "" : ", " + baselineWhen);
        }

        /** The margin within which a value is similar to a benchmark: the measure's own, or else the strategy's. */
        public SimilarMargin similarMargin(SimilarMargin strategy) {
            return benchmarkMargin != null ? benchmarkMargin : strategy;
        }

        /** "within 2 percentage points" or "within 5% of the benchmark", by {@link #similarMargin}. */
        public String similarWithin(SimilarMargin strategy) {
            return "within " + similarMargin(strategy).describe(pointsUnit());
        }

        /** What a margin in this measure's own units is counted in: "percentage points", "days" or "". */
        private String pointsUnit() {
            return switch (unit) {
                case PERCENTAGE -> "percentage points";
                case DAYS -> "days";
                case RATE_PER_10000 -> "per 10,000";
                default -> "";
            };
        }
    }

    /** A year's target as set: a figure or a range, with its amber threshold and the reason for it. */
    public record TargetYear(
            String year,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal amberThreshold,
            String reason) {

        /** The target as the status rules read it. */
        public Target rule() {
            return new Target(target, targetLow, targetHigh, amberThreshold);
        }
    }

    /** A year's benchmarks: the statistical neighbours' average and the national figure, with their source. */
    public record BenchmarkYear(String year, BigDecimal statNeighbour, BigDecimal national, String source) {}

    /** A value to record; exactly one of value, mark or text says what it is. */
    public record NewValue(String period, BigDecimal value, Mark mark, String text, String note) {}

    public record NewMeasure(
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
            boolean demo,
            List<TargetYear> targets,
            List<BenchmarkYear> benchmarks,
            List<NewValue> values) {

        public MeasureFields fields() {
            return new MeasureFields(
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
                    corporatePriority);
        }
    }

    /**
     * A measure with everything that decides its status but its values: its definition, whether it is still on the
     * scorecard, and its targets and benchmarks by year. A published quarter keeps these as they stood.
     */
    public record MeasurePlan(
            MeasureSummary measure, boolean active, List<TargetYear> targets, List<BenchmarkYear> benchmarks) {

        /** The target for a reporting year ("2024-25"), or null when none is set. */
        public Target target(String year) {
            return targets.stream()
                    .filter(t -> t.year().equals(year))
                    .findFirst()
                    .map(TargetYear::rule)
                    .orElse(null);
        }
    }
}
