package com.cptracker.measures;

import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.status.Mark;
import java.math.BigDecimal;
import java.util.List;

/** Everything behind one measure: its state in the quarter, every value, its targets, benchmarks and trend. */
public record MeasureDetail(
        MeasureStatusView status,
        List<ValueView> values,
        List<TargetRow> targets,
        List<BenchmarkRow> benchmarks,
        List<TrendPoint> trend) {

    /** A year's target, as set, with the reason recorded for it. */
    public record TargetRow(String year, String target, String amberThreshold, String reason) {}

    public record BenchmarkRow(String year, String statNeighbour, String national, String source) {}

    /** One period on the trend chart, with the target and benchmarks that applied to it; a marked one is not drawn. */
    public record TrendPoint(
            String label,
            BigDecimal value,
            Mark mark,
            String display,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal statNeighbour,
            BigDecimal national) {}
}
