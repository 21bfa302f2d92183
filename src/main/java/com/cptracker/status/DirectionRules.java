package com.cptracker.status;

import java.math.BigDecimal;

/**
 * Direction of travel: a value compared with an earlier one (the previous period of the same frequency, or the same
 * period last year). Higher is better: a rise is improving. Lower is better: a rise is worsening. A target range:
 * closer to the range is improving. Context only (or rated by its owner): increasing or decreasing. Equal values: no change. Either value
 * missing, withheld with a mark or not a number: no comparison.
 */
public final class DirectionRules {

    private DirectionRules() {}

    /** @param target the target for the current value's year, used only for target ranges; may be null */
    public static Direction direction(Polarity polarity, Target target, Reading current, Reading earlier) {
        if (current == null || earlier == null || !current.hasNumber() || !earlier.hasNumber()) {
            return Direction.NONE;
        }
        BigDecimal now = current.value();
        BigDecimal before = earlier.value();
        int change = now.compareTo(before);
        return switch (polarity) {
            case HIGHER_IS_BETTER ->
                change > 0 ? Direction.IMPROVING : change < 0 ? Direction.WORSENING : Direction.NO_CHANGE;
            case LOWER_IS_BETTER ->
                change < 0 ? Direction.IMPROVING : change > 0 ? Direction.WORSENING : Direction.NO_CHANGE;
            case TARGET_RANGE -> target == null ? neutral(change) : towardsRange(target, now, before);
            case CONTEXT_ONLY, OWNER_RATED -> neutral(change);
        };
    }

    private static Direction neutral(int change) {
        return change > 0 ? Direction.INCREASING : change < 0 ? Direction.DECREASING : Direction.NO_CHANGE;
    }

    private static Direction towardsRange(Target target, BigDecimal now, BigDecimal before) {
        int closer = distance(target, before).compareTo(distance(target, now));
        return closer > 0 ? Direction.IMPROVING : closer < 0 ? Direction.WORSENING : Direction.NO_CHANGE;
    }

    private static BigDecimal distance(Target target, BigDecimal value) {
        BigDecimal low = target.isRange() ? target.low() : target.target();
        BigDecimal high = target.isRange() ? target.high() : target.target();
        if (value.compareTo(low) < 0) {
            return low.subtract(value);
        }
        return value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
    }
}
