package com.cptracker.status;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The council's value against a benchmark (the statistical neighbours' average or the national average). Within the
 * margin, a percentage of the benchmark (default 5%), it is similar; beyond it better or worse by the measure's
 * polarity. Context-only and target-range measures are above, below or similar, without a judgement. A missing or
 * value withheld with a mark, or no benchmark, gives no comparison.
 */
public final class BenchmarkRules {

    /** The default margin: within 5% of the benchmark counts as similar. */
    public static final BigDecimal DEFAULT_MARGIN_PERCENT = new BigDecimal("5");

    private BenchmarkRules() {}

    public static Comparison compare(
            Polarity polarity, Reading reading, BigDecimal benchmark, BigDecimal marginPercent) {
        if (reading == null || !reading.hasNumber() || benchmark == null) {
            return Comparison.NONE;
        }
        BigDecimal percent = marginPercent == null ? DEFAULT_MARGIN_PERCENT : marginPercent;
        BigDecimal margin = benchmark.abs().multiply(percent).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP);
        BigDecimal difference = reading.value().subtract(benchmark);
        if (difference.abs().compareTo(margin) <= 0) {
            return Comparison.SIMILAR;
        }
        boolean above = difference.signum() > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> above ? Comparison.BETTER : Comparison.WORSE;
            case LOWER_IS_BETTER -> above ? Comparison.WORSE : Comparison.BETTER;
            case TARGET_RANGE, CONTEXT_ONLY -> above ? Comparison.ABOVE : Comparison.BELOW;
        };
    }
}
