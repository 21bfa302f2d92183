package com.cptracker.status;

import static com.cptracker.status.StatusFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Direction of travel and the comparison with a benchmark. */
class DirectionAndBenchmarkTest {

    private static final SimilarMargin FIVE = SimilarMargin.DEFAULT;

    private static Direction direction(Polarity p, Target t, String now, String before) {
        return DirectionRules.direction(p, t, Reading.of(now), Reading.of(before));
    }

    private static Comparison compare(Polarity p, String value, String benchmark, SimilarMargin margin) {
        return BenchmarkRules.compare(p, Reading.of(value), dec(benchmark), margin);
    }

    @ParameterizedTest(name = "{0}: {1} after {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | 70.01 | 70    | IMPROVING
            HIGHER_IS_BETTER | 69.99 | 70    | WORSENING
            HIGHER_IS_BETTER | 70.0  | 70.00 | NO_CHANGE
            LOWER_IS_BETTER  | 425   | 426   | IMPROVING
            LOWER_IS_BETTER  | 427   | 426   | WORSENING
            LOWER_IS_BETTER  | 0     | 0.00  | NO_CHANGE
            CONTEXT_ONLY     | 0.01  | 0     | INCREASING
            CONTEXT_ONLY     | 0     | 0.01  | DECREASING
            CONTEXT_ONLY     | 62.4  | 62.40 | NO_CHANGE
            """)
    void theSmallestChangeCountsAndEqualValuesAreNoChange(Polarity p, String now, String before, Direction expected) {
        assertThat(direction(p, null, now, before)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void noComparisonWhenEitherValueIsMissingSuppressedOrInWords(Polarity p) {
        Target t = Target.range("14", "17", "1");
        Reading value = Reading.of("15");
        for (Reading absent : new Reading[] {null, Reading.marked(Mark.CONFIDENTIAL), Reading.rated(Status.GREEN)}) {
            assertThat(DirectionRules.direction(p, t, value, absent)).isEqualTo(Direction.NONE);
            assertThat(DirectionRules.direction(p, t, absent, value)).isEqualTo(Direction.NONE);
            assertThat(DirectionRules.direction(p, t, absent, absent)).isEqualTo(Direction.NONE);
        }
    }

    @Test
    void aTargetRangeImprovesWhenTheValueMovesCloserToTheRange() {
        Target sdq = Target.range("14", "17", "1");
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "17", "17.5")).isEqualTo(Direction.IMPROVING);
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "14", "13.99")).isEqualTo(Direction.IMPROVING);
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "13.99", "14")).isEqualTo(Direction.WORSENING);
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "19", "18")).isEqualTo(Direction.WORSENING);
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "14", "17")).isEqualTo(Direction.NO_CHANGE);
        assertThat(direction(Polarity.TARGET_RANGE, sdq, "16.9", "13.1")).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void aTargetRangeMeasureWithoutATargetMovesWithoutJudgement() {
        assertThat(direction(Polarity.TARGET_RANGE, null, "16", "15")).isEqualTo(Direction.INCREASING);
        assertThat(direction(Polarity.TARGET_RANGE, null, "15", "16")).isEqualTo(Direction.DECREASING);
    }

    @Test
    void theTargetIsIgnoredForHigherAndLowerIsBetter() {
        Target t = Target.of("90", "5");
        assertThat(direction(Polarity.HIGHER_IS_BETTER, t, "99", "95")).isEqualTo(Direction.IMPROVING);
        assertThat(direction(Polarity.LOWER_IS_BETTER, t, "99", "95")).isEqualTo(Direction.WORSENING);
    }

    @ParameterizedTest(name = "{0}: {1} against {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | 105    | 100 | SIMILAR
            HIGHER_IS_BETTER | 105.01 | 100 | BETTER
            HIGHER_IS_BETTER | 95     | 100 | SIMILAR
            HIGHER_IS_BETTER | 94.99  | 100 | WORSE
            LOWER_IS_BETTER  | 105.01 | 100 | WORSE
            LOWER_IS_BETTER  | 94.99  | 100 | BETTER
            TARGET_RANGE     | 105.01 | 100 | ABOVE
            TARGET_RANGE     | 94.99  | 100 | BELOW
            CONTEXT_ONLY     | 105    | 100 | SIMILAR
            CONTEXT_ONLY     | 105.01 | 100 | ABOVE
            CONTEXT_ONLY     | 94.99  | 100 | BELOW
            HIGHER_IS_BETTER | -9.5   | -10 | SIMILAR
            HIGHER_IS_BETTER | -9.49  | -10 | BETTER
            LOWER_IS_BETTER  | -10.51 | -10 | BETTER
            """)
    void theDefaultMarginIsFivePercentOfTheBenchmarkInclusive(
            Polarity p, String value, String benchmark, Comparison expected) {
        assertThat(FIVE).isEqualTo(SimilarMargin.percent("5"));
        assertThat(compare(p, value, benchmark, FIVE)).isEqualTo(expected);
    }

    /**
     * Worked by hand: a margin of 2 percentage points around a benchmark of 40% is 38 to 42 inclusive, and around 10%
     * is 8 to 12 (where 5% of 10% would be only 9.5 to 10.5). The points do not scale with the benchmark.
     */
    @ParameterizedTest(name = "{0} {1} against {2}, margin {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | 42    | 40 | 2pp | SIMILAR
            HIGHER_IS_BETTER | 42.01 | 40 | 2pp | BETTER
            HIGHER_IS_BETTER | 37.99 | 40 | 2pp | WORSE
            LOWER_IS_BETTER  | 12    | 10 | 2pp | SIMILAR
            LOWER_IS_BETTER  | 12    | 10 | 5   | WORSE
            LOWER_IS_BETTER  | 10.5  | 10 | 5   | SIMILAR
            LOWER_IS_BETTER  | 8     | 10 | 2pp | SIMILAR
            LOWER_IS_BETTER  | 7.99  | 10 | 2pp | BETTER
            CONTEXT_ONLY     | 430   | 400 | 30pp | SIMILAR
            CONTEXT_ONLY     | 430.5 | 400 | 30pp | ABOVE
            HIGHER_IS_BETTER | 0.5   | 0  | 0.5pp | SIMILAR
            """)
    void aMarginInPointsIsInTheMeasuresOwnUnitsAndAPercentageScalesWithTheBenchmark(
            Polarity p, String value, String benchmark, String margin, Comparison expected) {
        SimilarMargin m = margin.endsWith("pp")
                ? SimilarMargin.points(margin.substring(0, margin.length() - 2))
                : SimilarMargin.percent(margin);
        assertThat(compare(p, value, benchmark, m)).isEqualTo(expected);
    }

    @Test
    void aMarginIsDescribedInItsOwnUnit() {
        assertThat(SimilarMargin.percent("5").describe(null)).isEqualTo("5% of the benchmark");
        assertThat(SimilarMargin.points("2").describe("percentage points")).isEqualTo("2 percentage points");
        assertThat(SimilarMargin.points("1").describe("percentage points")).isEqualTo("1 percentage point");
        assertThat(SimilarMargin.points("2.5").describe(null))
                .isEqualTo("2.5 in the measure’s own units (percentage points for a percentage)");
    }

    @Test
    void aFractionalMarginIsExact() {
        // 2.5% of 486 days is 12.15
        assertThat(compare(Polarity.LOWER_IS_BETTER, "498.15", "486", SimilarMargin.percent("2.5")))
                .isEqualTo(Comparison.SIMILAR);
        assertThat(compare(Polarity.LOWER_IS_BETTER, "498.16", "486", SimilarMargin.percent("2.5")))
                .isEqualTo(Comparison.WORSE);
        assertThat(compare(Polarity.LOWER_IS_BETTER, "473.85", "486", SimilarMargin.percent("2.5")))
                .isEqualTo(Comparison.SIMILAR);
        assertThat(compare(Polarity.LOWER_IS_BETTER, "473.84", "486", SimilarMargin.percent("2.5")))
                .isEqualTo(Comparison.BETTER);
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void noComparisonWithoutANumberOrABenchmark(Polarity p) {
        assertThat(BenchmarkRules.compare(p, null, dec("86"), FIVE)).isEqualTo(Comparison.NONE);
        assertThat(BenchmarkRules.compare(p, Reading.marked(Mark.CONFIDENTIAL), dec("86"), FIVE))
                .isEqualTo(Comparison.NONE);
        assertThat(BenchmarkRules.compare(p, Reading.rated(Status.RED), dec("86"), FIVE))
                .isEqualTo(Comparison.NONE);
        assertThat(BenchmarkRules.compare(p, Reading.of("86"), null, FIVE)).isEqualTo(Comparison.NONE);
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void equalToTheBenchmarkIsAlwaysSimilar(Polarity p) {
        assertThat(compare(p, "0", "0", SimilarMargin.percent("0"))).isEqualTo(Comparison.SIMILAR);
        assertThat(compare(p, "62.40", "62.4", SimilarMargin.percent("0"))).isEqualTo(Comparison.SIMILAR);
    }
}
