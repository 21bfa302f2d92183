package com.cptracker.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How near a benchmark a value must be to count as similar: an amount in the measure's own units ("within 2
 * percentage points") or a percentage of the benchmark ("within 5% of it"). A strategy has one; a measure may have its
 * own instead.
 */
public record SimilarMargin(BigDecimal amount, MarginUnit unit) {

    /** Within 5% of the benchmark: what a strategy starts with. */
    public static final SimilarMargin DEFAULT = new SimilarMargin(new BigDecimal("5"), MarginUnit.PERCENT);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SimilarMargin {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A margin cannot be negative");
        }
    }

    public static SimilarMargin percent(String amount) {
        return new SimilarMargin(new BigDecimal(amount), MarginUnit.PERCENT);
    }

    public static SimilarMargin points(String amount) {
        return new SimilarMargin(new BigDecimal(amount), MarginUnit.POINTS);
    }

    /** How far from this benchmark a value may be and still be similar, in the measure's own units. */
    public BigDecimal around(BigDecimal benchmark) {
        return unit == MarginUnit.POINTS
                ? amount
                : benchmark.abs().multiply(amount).divide(HUNDRED, 10, RoundingMode.HALF_UP);
    }

    /** "1 percentage point", "1 day": a unit's plural is for any other amount. */
    private String singularForOne(String plural) {
        return amount.compareTo(BigDecimal.ONE) == 0 && plural.endsWith("s")
                ? plural.substring(0, plural.length() - 1)
                : plural;
    }

    /**
     * The margin in words, after "within": "5% of the benchmark", or "2 percentage points" ({@code pointsUnit} names
     * the measure's own unit; null for a rule over measures of every unit: "2 in the measure's own units").
     */
    public String describe(String pointsUnit) {
        String n = Target.plain(amount);
        if (unit == MarginUnit.PERCENT) {
            return n + "% of the benchmark";
        }
        return pointsUnit == null
                ? n + " in the measure’s own units (percentage points for a percentage)"
                : pointsUnit.isBlank() ? n : n + " " + singularForOne(pointsUnit);
    }
}
