package com.cptracker.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.domain.StoredValue;
import com.cptracker.status.Comparison;
import com.cptracker.status.Direction;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules applied to a measure's stored figures: which value counts, against which target and benchmarks. */
class MeasureEvaluatorTest {

    static final ReportingPeriod Q2 = ReportingPeriod.parse("2019-20-Q2");

    @Test
    void aQuarterlyMeasureUsesItsQuarterAndComparesWithThePreviousAndLastYear() {
        MeasureSummary m = measure(Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, MeasureUnit.PERCENTAGE);
        MeasureStatusView v = new MeasureEvaluator(
                        m,
                        List.of(target("2019-20", "95", "5")),
                        List.of(bench("2018-19", "90", "92")),
                        values("2018-19-Q2=91", "2018-19-Q4=93", "2019-20-Q1=96", "2019-20-Q2=92.4"),
                        SimilarMargin.percent("1"),
                        "*")
                .evaluate(Q2);
        assertThat(v.period().code()).isEqualTo("2019-20-Q2");
        assertThat(v.value().display()).isEqualTo("92.4%");
        assertThat(v.status()).isEqualTo(Status.AMBER);
        assertThat(v.verdict().reason())
                .isEqualTo("92.4 is below the target of 95 by 2.6, within the amber threshold of 5.");
        assertThat(v.sincePrevious()).isEqualTo(Direction.WORSENING);
        assertThat(v.lastYear().value()).isEqualByComparingTo("91");
        assertThat(v.sinceLastYear()).isEqualTo(Direction.IMPROVING);
        assertThat(v.yearEnd().period().code()).isEqualTo("2018-19-Q4");
        assertThat(v.yearSoFar())
                .extracting(c -> c.quarter().code() + " " + c.status())
                .containsExactly("2019-20-Q1 GREEN", "2019-20-Q2 AMBER");
        assertThat(v.benchmarks().year())
                .as("the latest earlier year's benchmarks stand in")
                .isEqualTo("2018-19");
        assertThat(v.benchmarks().vsStatNeighbour()).isEqualTo(Comparison.BETTER);
        assertThat(v.benchmarks().vsNational()).isEqualTo(Comparison.SIMILAR);
        assertThat(v.trend())
                .extracting(t -> t.period().code())
                .containsExactly("2018-19-Q2", "2018-19-Q4", "2019-20-Q1", "2019-20-Q2");
    }

    @Test
    void countsThePeriodsRunningThatMissedTheTargetOfTheirOwnYear() {
        MeasureSummary m = measure(Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, MeasureUnit.PERCENTAGE);
        List<TargetYear> targets = List.of(target("2018-19", "90", "5"), target("2019-20", "95", "5"));
        // 2018-19 Q3 met its year's 90 (green); Q4 missed it (85, red); 2019-20 Q1 and Q2 missed 95 (amber).
        var values = values("2018-19-Q3=91", "2018-19-Q4=84", "2019-20-Q1=93", "2019-20-Q2=92.4");
        assertThat(new MeasureEvaluator(m, targets, List.of(), values, SimilarMargin.percent("1"), "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("Q2, Q1 and last year's Q4 missed; last year's Q3 met its own year's target")
                .isEqualTo(3);
        assertThat(new MeasureEvaluator(
                                m, targets, List.of(), values("2019-20-Q2=92.4"), SimilarMargin.percent("1"), "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("a period with no value ends the run")
                .isEqualTo(1);
        assertThat(new MeasureEvaluator(m, targets, List.of(), values("2019-20-Q1=93"), SimilarMargin.percent("1"), "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("no value for the quarter itself: no run")
                .isZero();
        MeasureSummary annual = measure(Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, MeasureUnit.PERCENTAGE);
        assertThat(new MeasureEvaluator(
                                annual,
                                List.of(
                                        target("2016-17", "95", "5"),
                                        target("2017-18", "95", "5"),
                                        target("2018-19", "95", "5")),
                                List.of(),
                                values("2016-17=80", "2017-18=94", "2018-19=90"),
                                SimilarMargin.percent("1"),
                                "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("an annual measure counts its years")
                .isEqualTo(3);
    }

    @Test
    void aMissingQuarterIsNoDataEvenWhenAnOlderValueExists() {
        MeasureSummary m = measure(Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, MeasureUnit.NUMBER);
        MeasureStatusView v = new MeasureEvaluator(
                        m,
                        List.of(target("2019-20", "10", "2")),
                        List.of(),
                        values("2019-20-Q1=8"),
                        SimilarMargin.percent("1"),
                        "*")
                .evaluate(Q2);
        assertThat(v.value()).isNull();
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.sincePrevious()).isEqualTo(Direction.NONE);
        assertThat(v.benchmarks().year()).isNull();
    }

    @Test
    void aMonthlyMeasureUsesTheQuartersLastMonth() {
        MeasureSummary m = measure(Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, MeasureUnit.PERCENTAGE);
        MeasureStatusView v = new MeasureEvaluator(
                        m,
                        List.of(target("2019-20", "12", "3")),
                        List.of(),
                        values("M2019-08=11", "M2019-09=13.5"),
                        SimilarMargin.percent("1"),
                        "*")
                .evaluate(Q2);
        assertThat(v.period().code()).isEqualTo("M2019-09");
        assertThat(v.status()).isEqualTo(Status.AMBER);
        assertThat(v.sincePrevious()).isEqualTo(Direction.WORSENING);
    }

    @Test
    void aTermlyMeasureUsesTheTermJustEndedAndItsAcademicYearsTarget() {
        MeasureSummary m = measure(Polarity.HIGHER_IS_BETTER, Frequency.TERMLY, MeasureUnit.PERCENTAGE);
        MeasureStatusView v = new MeasureEvaluator(
                        m,
                        List.of(target("2018-19", "95", "5"), target("2019-20", "99", "1")),
                        List.of(),
                        values("AY2018-19-T2=94", "AY2018-19-T3=96"),
                        SimilarMargin.percent("1"),
                        "*")
                .evaluate(Q2);
        assertThat(v.period().code())
                .as("summer term ends in August, before Q2 ends")
                .isEqualTo("AY2018-19-T3");
        assertThat(v.targetYear()).isEqualTo("2018-19");
        assertThat(v.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void anAnnualMeasureShowsLastYearsFigureUntilTheYearEnds() {
        MeasureSummary m = measure(Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, MeasureUnit.PERCENTAGE);
        MeasureEvaluator e = new MeasureEvaluator(
                m,
                List.of(target("2018-19", "85", "5")),
                List.of(),
                values("2018-19=83", "2019-20=86"),
                SimilarMargin.percent("1"),
                "*");
        assertThat(e.evaluate(Q2).period().code()).isEqualTo("2018-19");
        assertThat(e.evaluate(Q2).status()).isEqualTo(Status.AMBER);
        assertThat(e.evaluate(ReportingPeriod.parse("2019-20-Q4")).period().code())
                .isEqualTo("2019-20");
        assertThat(e.evaluate(ReportingPeriod.parse("2019-20-Q4")).status())
                .as("no target set for 2019-20")
                .isEqualTo(Status.NOT_RATED);
    }

    @Test
    void aValueWithAMarkIsShownAsItsMarkAndNotRated() {
        MeasureSummary m = measure(Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, MeasureUnit.NUMBER);
        for (Mark mark : Mark.values()) {
            List<StoredValue> vs = new ArrayList<>(values("2019-20-Q1=6"));
            vs.add(value(Q2, null, mark, "Fewer than 5"));
            MeasureStatusView v = new MeasureEvaluator(
                            m, List.of(target("2019-20", "3", "1")), List.of(), vs, SimilarMargin.percent("1"), "low")
                    .evaluate(Q2);
            assertThat(v.value().display())
                    .isEqualTo(mark == Mark.SMALL_NUMBER ? "low" : mark.symbol(null))
                    .isNotEqualTo("0");
            assertThat(v.value().mark()).isEqualTo(mark);
            assertThat(v.status()).as("never rated, whatever zero would be").isEqualTo(Status.NOT_RATED);
            assertThat(v.sincePrevious()).isEqualTo(Direction.NONE);
        }
    }

    /**
     * Worked by hand: 92.4% against statistical neighbours' 90 and England's 92. By the strategy's 1% (0.9 and 0.92):
     * better than 90, similar to 92. By the measure's own 2 percentage points: 2.4 above 90 is beyond 2, so better;
     * 0.4 above 92 similar. By its own 3% (2.7 and 2.76): similar to both. By its own 2.4 points: similar to 90.
     */
    @Test
    void aMeasuresOwnMarginOverridesTheStrategysInItsOwnUnit() {
        var targets = List.of(target("2019-20", "95", "5"));
        var benchmarks = List.of(bench("2019-20", "90", "92"));
        var values = values("2019-20-Q2=92.4");
        SimilarMargin strategy = SimilarMargin.percent("1");
        MeasureStatusView byStrategy =
                new MeasureEvaluator(withMargin(null), targets, benchmarks, values, strategy, "*").evaluate(Q2);
        assertThat(byStrategy.benchmarks().vsStatNeighbour()).isEqualTo(Comparison.BETTER);
        assertThat(byStrategy.benchmarks().vsNational()).isEqualTo(Comparison.SIMILAR);
        MeasureStatusView byPoints = new MeasureEvaluator(
                        withMargin(SimilarMargin.points("2")), targets, benchmarks, values, strategy, "*")
                .evaluate(Q2);
        assertThat(byPoints.benchmarks().vsStatNeighbour()).isEqualTo(Comparison.BETTER);
        assertThat(byPoints.benchmarks().vsNational()).isEqualTo(Comparison.SIMILAR);
        MeasureStatusView byOwnPercent = new MeasureEvaluator(
                        withMargin(SimilarMargin.percent("3")), targets, benchmarks, values, strategy, "*")
                .evaluate(Q2);
        assertThat(byOwnPercent.benchmarks().vsStatNeighbour()).isEqualTo(Comparison.SIMILAR);
        assertThat(byOwnPercent.benchmarks().vsNational()).isEqualTo(Comparison.SIMILAR);
        MeasureStatusView byWidePoints = new MeasureEvaluator(
                        withMargin(SimilarMargin.points("2.4")), targets, benchmarks, values, strategy, "*")
                .evaluate(Q2);
        assertThat(byWidePoints.benchmarks().vsStatNeighbour())
                .as("2.4 points above 90 is within a margin of 2.4 points, inclusive")
                .isEqualTo(Comparison.SIMILAR);
        assertThat(withMargin(SimilarMargin.points("2")).similarWithin(strategy))
                .isEqualTo("within 2 percentage points");
        assertThat(withMargin(null).similarWithin(strategy)).isEqualTo("within 1% of the benchmark");
    }

    private static MeasureSummary withMargin(SimilarMargin margin) {
        return TypedValueTest.measure(MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, margin);
    }

    static MeasureSummary measure(Polarity polarity, Frequency frequency, MeasureUnit unit) {
        return new MeasureSummary(
                1,
                1L,
                null,
                "P1.1",
                "A measure",
                null,
                unit,
                polarity,
                frequency,
                null,
                null,
                null,
                false,
                1,
                null,
                null,
                null,
                null);
    }

    static TargetYear target(String year, String target, String threshold) {
        return new TargetYear(year, new BigDecimal(target), null, null, new BigDecimal(threshold), null);
    }

    static BenchmarkYear bench(String year, String statNeighbour, String national) {
        return new BenchmarkYear(year, new BigDecimal(statNeighbour), new BigDecimal(national), null);
    }

    static List<StoredValue> values(String... entries) {
        List<StoredValue> list = new ArrayList<>();
        for (String e : entries) {
            String[] kv = e.split("=");
            list.add(value(ReportingPeriod.parse(kv[0]), new BigDecimal(kv[1]), null, null));
        }
        return list;
    }

    static StoredValue value(ReportingPeriod p, BigDecimal number, Mark mark, String note) {
        return new StoredValue(
                1L,
                p.code(),
                p.start(),
                p.end(),
                number,
                mark,
                null,
                note,
                null,
                false,
                "Officer",
                Instant.EPOCH,
                null,
                false);
    }
}
