package com.cptracker.status;

import java.math.BigDecimal;

/**
 * The council's value against a benchmark (the statistical neighbours' average or the national average). Within the
 * margin ({@link SimilarMargin}: in the measure's own units, or a percentage of the benchmark; by default 5% of it)
 * it is similar; beyond it better or worse by the measure's polarity. Context-only, owner-rated and target-range measures are above, below or similar, without a judgement. A missing or
 * value withheld with a mark, or no benchmark, gives no comparison.
 */
public final class BenchmarkRules {

    private BenchmarkRules() {}

    public static Comparison compare(Polarity polarity, Reading reading, BigDecimal benchmark, SimilarMargin similar) {
        if (reading == null || !reading.hasNumber() || benchmark == null) {
            return Comparison.NONE;
        }
        BigDecimal margin = (similar == null ? SimilarMargin.DEFAULT : similar).around(benchmark);
        BigDecimal difference = reading.value().subtract(benchmark);
        if (difference.abs().compareTo(margin) <= 0) {
            return Comparison.SIMILAR;
        }
        boolean above = difference.signum() > 0;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> above ? Comparison.BETTER : Comparison.WORSE;
            case LOWER_IS_BETTER -> above ? Comparison.WORSE : Comparison.BETTER;
            case TARGET_RANGE, CONTEXT_ONLY, OWNER_RATED -> above ? Comparison.ABOVE : Comparison.BELOW;
        };
    }
}
