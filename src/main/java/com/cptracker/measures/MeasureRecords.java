package com.cptracker.measures;

import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import java.math.BigDecimal;
import java.util.List;

/** Views of measures for other modules and pages, and what creating one takes. */
public final class MeasureRecords {

    private MeasureRecords() {
    }

    public record MeasureSummary(long id, Long priorityId, Long statementId, String ref, String title,
                                 String definition, MeasureUnit unit, Polarity polarity, Frequency frequency,
                                 String ownerTitle, String cypPlanPriority, String corporatePriority, boolean demo,
                                 long strategyId, Long ownerUserId) {
    }

    public record NewTarget(String year, BigDecimal target, BigDecimal targetLow, BigDecimal targetHigh,
                            BigDecimal amberThreshold, String reason) {
    }

    public record NewBenchmark(String year, BigDecimal statNeighbour, BigDecimal national, String source) {
    }

    /** A value to record; exactly one of value, suppressed or text says what it is. */
    public record NewValue(String period, BigDecimal value, boolean suppressed, String text, String note) {
    }

    public record NewMeasure(Long priorityId, Long statementId, String ref, String title, String definition,
                             MeasureUnit unit, Polarity polarity, Frequency frequency, String ownerTitle,
                             Long ownerUserId, String cypPlanPriority, String corporatePriority, boolean demo,
                             List<NewTarget> targets, List<NewBenchmark> benchmarks, List<NewValue> values) {
    }
}
