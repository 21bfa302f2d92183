package com.cptracker.status;

import static com.cptracker.status.StatusFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The edges of the measure rules: exact thresholds, precedence of the grey statuses, and the reasons given. */
class MeasureRulesBoundaryTest {

    private static Status status(Polarity p, Target t, String value) {
        return MeasureRules.status(p, false, t, Reading.of(value)).status();
    }

    @ParameterizedTest(name = "higher is better, target {0} amber {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            90    | 5    | 90.01  | GREEN
            90    | 5    | 90     | GREEN
            90    | 5    | 89.99  | AMBER
            90    | 5    | 85.01  | AMBER
            90    | 5    | 85     | AMBER
            90    | 5    | 84.99  | RED
            0.5   | 0.25 | 0.25   | AMBER
            0.5   | 0.25 | 0.249  | RED
            12000 | 0.001| 11999.999 | AMBER
            12000 | 0.001| 11999.998 | RED
            """)
    void higherIsBetterAroundTheTargetAndTheThreshold(String target, String amber, String value, Status expected) {
        assertThat(status(Polarity.HIGHER_IS_BETTER, Target.of(target, amber), value))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better, target {0} amber {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            426 | 30 | 425.99 | GREEN
            426 | 30 | 426    | GREEN
            426 | 30 | 426.01 | AMBER
            426 | 30 | 456    | AMBER
            426 | 30 | 456.01 | RED
            0   | 0  | 0      | GREEN
            0   | 0  | 0.01   | RED
            0   | 3  | 3      | AMBER
            """)
    void lowerIsBetterAroundTheTargetAndTheThreshold(String target, String amber, String value, Status expected) {
        assertThat(status(Polarity.LOWER_IS_BETTER, Target.of(target, amber), value))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "range 14 to 17 amber 1: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12.99 | RED
            13    | AMBER
            13.99 | AMBER
            14    | GREEN
            15.5  | GREEN
            17    | GREEN
            17.01 | AMBER
            18    | AMBER
            18.01 | RED
            """)
    void rangeIncludesBothEndsAndHasAnAmberBandEitherSide(String value, Status expected) {
        assertThat(status(Polarity.TARGET_RANGE, Target.range("14", "17", "1"), value))
                .isEqualTo(expected);
    }

    @Test
    void aRangeOfOneValueIsGreenOnlyAtThatValue() {
        Target point = Target.range("0", "0", "0");
        assertThat(status(Polarity.TARGET_RANGE, point, "0")).isEqualTo(Status.GREEN);
        assertThat(status(Polarity.TARGET_RANGE, point, "0.01")).isEqualTo(Status.RED);
    }

    @Test
    void aRangeTargetIsJudgedAsARangeWhateverThePolarity() {
        Target sdq = Target.range("14", "17", "1");
        assertThat(status(Polarity.HIGHER_IS_BETTER, sdq, "18.5")).isEqualTo(Status.RED);
        assertThat(status(Polarity.LOWER_IS_BETTER, sdq, "12")).isEqualTo(Status.RED);
    }

    @Test
    void scaleOfTheFiguresDoesNotMatter() {
        assertThat(status(Polarity.HIGHER_IS_BETTER, Target.of("95.000", "5.0"), "95"))
                .isEqualTo(Status.GREEN);
        assertThat(status(Polarity.HIGHER_IS_BETTER, Target.of("95", "5"), "90.000"))
                .isEqualTo(Status.AMBER);
    }

    @Test
    void aMissingAmberThresholdMeansNoAmberBand() {
        Target noThreshold = new Target(dec("95"), null, null, null);
        assertThat(noThreshold.amberThreshold()).isEqualByComparingTo("0");
        assertThat(status(Polarity.HIGHER_IS_BETTER, noThreshold, "94.99")).isEqualTo(Status.RED);
        assertThat(status(Polarity.HIGHER_IS_BETTER, noThreshold, "95")).isEqualTo(Status.GREEN);
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void aMissingValueIsNoDataBeforeAnythingElse(Polarity polarity) {
        assertThat(MeasureRules.status(polarity, false, Target.of("90", "5"), null)
                        .status())
                .isEqualTo(Status.NO_DATA);
        assertThat(MeasureRules.status(polarity, true, null, null).status()).isEqualTo(Status.NO_DATA);
        assertThat(MeasureRules.status(polarity, false, null, null).reason()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void aValueWithAnyMarkIsNotRatedEvenWhereZeroWouldBeGreenOrRed(Polarity polarity) {
        for (Mark mark : Mark.values()) {
            Verdict v = MeasureRules.status(polarity, false, Target.of("0", "0"), Reading.marked(mark));
            assertThat(v.status()).as(mark.name()).isEqualTo(Status.NOT_RATED);
            assertThat(v.reason())
                    .contains("withheld with a mark (" + mark.meaning() + ")")
                    .contains("never read as zero");
            Verdict noTarget = MeasureRules.status(polarity, false, null, Reading.marked(mark));
            assertThat(noTarget.status()).isEqualTo(Status.NOT_RATED);
            assertThat(noTarget.reason())
                    .as("the mark is the reason, even with no target")
                    .contains("withheld with a mark");
        }
    }

    @Test
    void contextOnlyIsNeverRatedWhateverTheTargetAndValue() {
        for (String value : new String[] {"0", "62.4", "100", "-3"}) {
            assertThat(status(Polarity.CONTEXT_ONLY, Target.of("62.4", "5"), value))
                    .isEqualTo(Status.NOT_RATED);
            assertThat(status(Polarity.CONTEXT_ONLY, Target.range("0", "100", "0"), value))
                    .isEqualTo(Status.NOT_RATED);
        }
    }

    @Test
    void noTargetForTheYearIsNotRated() {
        Verdict v = MeasureRules.status(Polarity.LOWER_IS_BETTER, false, null, Reading.of("0"));
        assertThat(v.status()).isEqualTo(Status.NOT_RATED);
        assertThat(v.reason()).contains("No target");
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"RED", "AMBER", "GREEN"})
    void qualitativeMeasuresTakeTheOwnersStatusWhateverTheFigures(Status owner) {
        Reading reading = new Reading(dec("12"), null, owner);
        Verdict v = MeasureRules.status(Polarity.HIGHER_IS_BETTER, true, Target.of("90", "5"), reading);
        assertThat(v.status()).isEqualTo(owner);
        assertThat(v.reason()).contains(owner.label().toLowerCase());
    }

    @Test
    void qualitativeWithoutAnOwnersStatusIsNotRatedEvenWithAMetTarget() {
        Reading reading = new Reading(dec("99"), null, null);
        assertThat(MeasureRules.status(Polarity.HIGHER_IS_BETTER, true, Target.of("90", "5"), reading)
                        .status())
                .isEqualTo(Status.NOT_RATED);
    }

    @Test
    void anOwnersStatusOnANumericMeasureIsIgnored() {
        Reading reading = new Reading(dec("80"), null, Status.GREEN);
        assertThat(MeasureRules.status(Polarity.HIGHER_IS_BETTER, false, Target.of("90", "5"), reading)
                        .status())
                .isEqualTo(Status.RED);
    }

    @Test
    void reasonsStateTheFiguresInWords() {
        assertThat(MeasureRules.status(Polarity.HIGHER_IS_BETTER, false, Target.of("95", "5"), Reading.of("94.9"))
                        .reason())
                .isEqualTo("94.9 is below the target of 95 by 0.1, within the amber threshold of 5.");
        assertThat(MeasureRules.status(Polarity.LOWER_IS_BETTER, false, Target.of("426", "30"), Reading.of("456.01"))
                        .reason())
                .isEqualTo("456.01 is above the target of 426 by 30.01, beyond the amber threshold of 30.");
        assertThat(MeasureRules.status(Polarity.LOWER_IS_BETTER, false, Target.of("426", "30"), Reading.of("426"))
                        .reason())
                .isEqualTo("426 equals the target of 426: the target is met.");
        assertThat(MeasureRules.status(Polarity.HIGHER_IS_BETTER, false, Target.of("70", "3.5"), Reading.of("71.50"))
                        .reason())
                .isEqualTo("71.5 is above the target of 70: the target is met.");
        assertThat(MeasureRules.status(Polarity.TARGET_RANGE, false, Target.range("14", "17", "1"), Reading.of("13"))
                        .reason())
                .isEqualTo("13 is outside the range 14 to 17 by 1, within the amber threshold of 1.");
        assertThat(MeasureRules.status(Polarity.TARGET_RANGE, false, Target.range("14", "17", "1"), Reading.of("17"))
                        .reason())
                .isEqualTo("17 is within the range 14 to 17: the target is met.");
    }

    @Test
    void targetsAndReadingsRejectImpossibleValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Target.of("90", "-0.01"));
        assertThatIllegalArgumentException().isThrownBy(() -> Target.range("17", "14", "1"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Target(dec("15"), dec("14"), dec("17"), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Target(null, dec("14"), null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reading(BigDecimal.ZERO, Mark.CONFIDENTIAL, null));
        assertThatIllegalArgumentException().isThrownBy(() -> Reading.rated(Status.COMPLETE));
        assertThatIllegalArgumentException().isThrownBy(() -> Reading.rated(Status.NO_DATA));
        assertThat(Target.range("14.0", "17.50", "1").describe()).isEqualTo("14 to 17.5");
        assertThat(Target.of("426.00", "30").describe()).isEqualTo("426");
    }
}
