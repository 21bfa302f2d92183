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
                        BigDecimal.ONE,
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
        assertThat(new MeasureEvaluator(m, targets, List.of(), values, BigDecimal.ONE, "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("Q2, Q1 and last year's Q4 missed; last year's Q3 met its own year's target")
                .isEqualTo(3);
        assertThat(new MeasureEvaluator(m, targets, List.of(), values("2019-20-Q2=92.4"), BigDecimal.ONE, "*")
                        .evaluate(Q2)
                        .missedTargetRunning())
                .as("a period with no value ends the run")
                .isEqualTo(1);
        assertThat(new MeasureEvaluator(m, targets, List.of(), values("2019-20-Q1=93"), BigDecimal.ONE, "*")
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
                                BigDecimal.ONE,
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
                        BigDecimal.ONE,
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
                        BigDecimal.ONE,
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
                        BigDecimal.ONE,
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
                BigDecimal.ONE,
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
                            m, List.of(target("2019-20", "3", "1")), List.of(), vs, BigDecimal.ONE, "low")
                    .evaluate(Q2);
            assertThat(v.value().display())
                    .isEqualTo(mark == Mark.SMALL_NUMBER ? "low" : mark.symbol(null))
                    .isNotEqualTo("0");
            assertThat(v.value().mark()).isEqualTo(mark);
            assertThat(v.status()).as("never rated, whatever zero would be").isEqualTo(Status.NOT_RATED);
            assertThat(v.sincePrevious()).isEqualTo(Direction.NONE);
        }
    }

    static MeasureSummary measure(Polarity polarity, Frequency frequency, MeasureUnit unit) {
        return new MeasureSummary(
                1, 1L, null, "P1.1", "A measure", null, unit, polarity, frequency, null, null, null, false, 1, null);
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
