package com.cptracker.status;

import java.math.BigDecimal;

/**
 * A measure's status for a period, from its polarity, its target for the year and its value. Plain Java, so that the
 * scorecard, the board pack and the help page all use exactly these rules.
 *
 * <ol>
 *   <li>No value when one is due: <b>no data</b> (grey).</li>
 *   <li>Qualitative measures (not context-only): the status their owner gave, with a comment; none given: not
 *       rated.</li>
 *   <li>A value withheld with a mark (c, x, z or the small-number mark): not rated. It is never read as zero.</li>
 *   <li>Context-only measures, whoever rates them (a status an owner gave one is not a status), and measures with no
 *       target for the year: not rated, never green.</li>
 *   <li>Higher is better: green at or above the target; amber below it by no more than the amber threshold; red
 *       beyond. Lower is better: the mirror image. A target range: green inside it (ends included), amber outside
 *       it by no more than the threshold, red beyond.</li>
 * </ol>
 */
public final class MeasureRules {

    private MeasureRules() {}

    /**
     * @param reading the value for the period, or null when none was given
     * @param target  the target for the period's reporting year, or null when none was set
     */
    public static Verdict status(Polarity polarity, boolean qualitative, Target target, Reading reading) {
        if (reading == null) {
            return Verdict.of(Status.NO_DATA, "No value was given for the period, though one was due.");
        }
        if (qualitative && polarity != Polarity.CONTEXT_ONLY) {
            return reading.ownerStatus() == null
                    ? Verdict.of(Status.NOT_RATED, "A qualitative measure: its owner has not given it a status.")
                    : Verdict.of(
                            reading.ownerStatus(),
                            "A qualitative measure: its owner rated it "
                                    + reading.ownerStatus().label().toLowerCase() + ", with a comment.");
        }
        if (reading.marked()) {
            return Verdict.of(
                    Status.NOT_RATED,
                    "The value is withheld with a mark (" + reading.mark().meaning()
                            + "), so it is not rated; it is never read as zero.");
        }
        if (polarity == Polarity.CONTEXT_ONLY) {
            return Verdict.of(
                    Status.NOT_RATED,
                    "A context-only measure is shown for information and never rated"
                            + (reading.ownerStatus() == null ? "." : ", whoever rates it."));
        }
        if (target == null) {
            return Verdict.of(Status.NOT_RATED, "No target is set for the year, so the value is not rated.");
        }
        if (!reading.hasNumber()) {
            return Verdict.of(Status.NOT_RATED, "The value is in words, not a number, so it is not rated.");
        }
        BigDecimal value = reading.value();
        if (target.isRange() || polarity == Polarity.TARGET_RANGE) {
            return range(value, target);
        }
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        BigDecimal shortfall = higher ? target.target().subtract(value) : value.subtract(target.target());
        String t = Target.plain(target.target());
        String v = Target.plain(value);
        if (shortfall.signum() <= 0) {
            return Verdict.of(
                    Status.GREEN,
                    v + (shortfall.signum() == 0 ? " equals" : higher ? " is above" : " is below") + " the target of "
                            + t + ": the target is met.");
        }
        String side = higher ? " is below" : " is above";
        String by = " the target of " + t + " by " + Target.plain(shortfall);
        if (shortfall.compareTo(target.amberThreshold()) <= 0) {
            return Verdict.of(
                    Status.AMBER,
                    v + side + by + ", within the amber threshold of " + Target.plain(target.amberThreshold()) + ".");
        }
        return Verdict.of(
                Status.RED,
                v + side + by + ", beyond the amber threshold of " + Target.plain(target.amberThreshold()) + ".");
    }

    private static Verdict range(BigDecimal value, Target target) {
        BigDecimal low = target.isRange() ? target.low() : target.target();
        BigDecimal high = target.isRange() ? target.high() : target.target();
        String v = Target.plain(value);
        String range = "the range " + Target.plain(low) + " to " + Target.plain(high);
        BigDecimal outside = value.compareTo(low) < 0
                ? low.subtract(value)
                : value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
        if (outside.signum() == 0) {
            return Verdict.of(Status.GREEN, v + " is within " + range + ": the target is met.");
        }
        String where = v + " is outside " + range + " by " + Target.plain(outside);
        if (outside.compareTo(target.amberThreshold()) <= 0) {
            return Verdict.of(
                    Status.AMBER,
                    where + ", within the amber threshold of " + Target.plain(target.amberThreshold()) + ".");
        }
        return Verdict.of(
                Status.RED, where + ", beyond the amber threshold of " + Target.plain(target.amberThreshold()) + ".");
    }
}
