package com.cptracker.measures;

import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.status.Target;
import java.math.BigDecimal;

/** What an administrator enters about a measure, its targets and benchmarks, and what an edit starts from. */
public final class MeasureEdits {

    private MeasureEdits() {}

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
            String corporatePriority) {

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
                    ownerUserId);
        }
    }

    public record MeasureEdit(long id, MeasureFields fields, boolean demo, boolean active, long version) {

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
    }

    public record BenchmarkEdit(long id, BenchmarkFields fields, long version) {

        public String year() {
            return fields.year();
        }
    }
}
