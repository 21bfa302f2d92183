package com.cptracker.status;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measure's target for a reporting year: either a single figure, or a range from low to high (for measures where
 * both too few and too many are a concern). The amber threshold is in the measure's own unit: a value that misses
 * the target by no more than the threshold is amber.
 */
public record Target(BigDecimal target, BigDecimal low, BigDecimal high, BigDecimal amberThreshold) {

    public Target {
        amberThreshold = amberThreshold == null ? BigDecimal.ZERO : amberThreshold;
        if (amberThreshold.signum() < 0) {
            throw new IllegalArgumentException("The amber threshold cannot be negative");
        }
        if ((target == null) == (low == null || high == null)) {
            throw new IllegalArgumentException("A target is either one figure or a range from low to high");
        }
        if (low != null && low.compareTo(Objects.requireNonNull(high)) > 0) {
            throw new IllegalArgumentException("The low end of a range cannot be above the high end");
        }
    }

    public static Target of(String target, String amberThreshold) {
        return new Target(new BigDecimal(target), null, null, new BigDecimal(amberThreshold));
    }

    public static Target range(String low, String high, String amberThreshold) {
        return new Target(null, new BigDecimal(low), new BigDecimal(high), new BigDecimal(amberThreshold));
    }

    public boolean isRange() {
        return target == null;
    }

    /** "95" or "20 to 30", without trailing zeros. */
    public String describe() {
        return isRange() ? plain(low) + " to " + plain(high) : plain(target);
    }

    public String describeThreshold() {
        return plain(amberThreshold);
    }

    /** The same figures as {@code other} (95 and 95.0 alike): setting it again would change nothing. */
    public boolean sameAs(Target other) {
        return other != null
                && describe().equals(other.describe())
                && describeThreshold().equals(other.describeThreshold());
    }

    public static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
