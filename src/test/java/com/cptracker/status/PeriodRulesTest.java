package com.cptracker.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.ReportingPeriod.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which period's value a quarter shows, and moving between periods of each kind. */
class PeriodRulesTest {

    private static ReportingPeriod p(String code) {
        return ReportingPeriod.parse(code);
    }

    // Quarter ends: 2018-19-Q1 30 Jun 2018, Q2 30 Sep 2018, Q3 31 Dec 2018, Q4 31 Mar 2019; 2019-20-Q4 31 Mar 2020.
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-19-Q1 | MONTHLY      | M2018-06
            2018-19-Q2 | MONTHLY      | M2018-09
            2018-19-Q3 | MONTHLY      | M2018-12
            2018-19-Q4 | MONTHLY      | M2019-03
            2019-20-Q4 | MONTHLY      | M2020-03
            2018-19-Q1 | QUARTERLY    | 2018-19-Q1
            2018-19-Q4 | QUARTERLY    | 2018-19-Q4
            2019-20-Q4 | QUARTERLY    | 2019-20-Q4
            2018-19-Q1 | YEAR_TO_DATE | 2018-19-YTD-Q1
            2018-19-Q2 | YEAR_TO_DATE | 2018-19-YTD-Q2
            2018-19-Q3 | YEAR_TO_DATE | 2018-19-YTD-Q3
            2018-19-Q4 | YEAR_TO_DATE | 2018-19-YTD-Q4
            2019-20-Q4 | YEAR_TO_DATE | 2019-20-YTD-Q4
            2018-19-Q1 | ANNUAL       | 2017-18
            2018-19-Q2 | ANNUAL       | 2017-18
            2018-19-Q3 | ANNUAL       | 2017-18
            2018-19-Q4 | ANNUAL       | 2018-19
            2019-20-Q4 | ANNUAL       | 2019-20
            2018-19-Q1 | TERMLY       | AY2017-18-T2
            2018-19-Q2 | TERMLY       | AY2017-18-T3
            2018-19-Q3 | TERMLY       | AY2018-19-T1
            2018-19-Q4 | TERMLY       | AY2018-19-T2
            2019-20-Q4 | TERMLY       | AY2019-20-T2
            2018-19-Q1 | HALF_TERMLY  | AY2017-18-HT5
            2018-19-Q2 | HALF_TERMLY  | AY2017-18-HT6
            2018-19-Q3 | HALF_TERMLY  | AY2018-19-HT2
            2018-19-Q4 | HALF_TERMLY  | AY2018-19-HT4
            2019-20-Q4 | HALF_TERMLY  | AY2019-20-HT4
            """)
    void theLatestPeriodOfTheFrequencyEndedByTheQuartersLastDay(String quarter, Frequency frequency, String expected) {
        assertThat(PeriodRules.expectedPeriod(p(quarter), frequency, null)).isEqualTo(p(expected));
        assertThat(PeriodRules.expectedPeriod(p(quarter), frequency.defaultKind()))
                .isEqualTo(p(expected));
    }

    @ParameterizedTest(name = "annual by academic year, {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-19-Q1 | AY2016-17
            2018-19-Q2 | AY2017-18
            2018-19-Q3 | AY2017-18
            2018-19-Q4 | AY2017-18
            2019-20-Q1 | AY2017-18
            2019-20-Q2 | AY2018-19
            2019-20-Q4 | AY2018-19
            """)
    void annualMeasuresMayRunByAcademicYear(String quarter, String expected) {
        assertThat(PeriodRules.expectedPeriod(p(quarter), Frequency.ANNUAL, Kind.ACADEMIC_YEAR))
                .isEqualTo(p(expected));
    }

    @Test
    void aValuesKindTheFrequencyDoesNotAcceptFallsBackToItsOwnKind() {
        ReportingPeriod q3 = p("2018-19-Q3");
        assertThat(PeriodRules.expectedPeriod(q3, Frequency.MONTHLY, Kind.QUARTER))
                .isEqualTo(p("M2018-12"));
        assertThat(PeriodRules.expectedPeriod(q3, Frequency.TERMLY, Kind.HALF_TERM))
                .isEqualTo(p("AY2018-19-T1"));
        assertThat(PeriodRules.expectedPeriod(q3, Frequency.QUARTERLY, Kind.ACADEMIC_YEAR))
                .isEqualTo(q3);
        assertThat(PeriodRules.expectedPeriod(q3, Frequency.HALF_TERMLY, Kind.HALF_TERM))
                .isEqualTo(p("AY2018-19-HT2"));
        assertThat(Frequency.ANNUAL.accepts(Kind.ACADEMIC_YEAR)).isTrue();
        assertThat(Frequency.ANNUAL.accepts(Kind.FINANCIAL_YEAR)).isTrue();
        assertThat(Frequency.MONTHLY.accepts(Kind.ACADEMIC_YEAR)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "QUARTER", mode = EnumSource.Mode.EXCLUDE)
    void onlyAQuarterCanBeAsked(Kind kind) {
        ReportingPeriod notAQuarter = switch (kind) {
            case FINANCIAL_YEAR -> p("2018-19");
            case YEAR_TO_DATE -> p("2018-19-YTD-Q2");
            case MONTH -> p("M2018-06");
            case ACADEMIC_YEAR -> p("AY2018-19");
            case TERM -> p("AY2018-19-T1");
            default -> p("AY2018-19-HT1");
        };
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodRules.expectedPeriod(notAQuarter, Kind.MONTH));
    }

    @ParameterizedTest(name = "{0}: next {1}, previous {2}, a year earlier {3}, reporting year {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-19-Q1     | 2018-19-Q2     | 2017-18-Q4     | 2017-18-Q1     | 2018-19
            2018-19-Q4     | 2019-20-Q1     | 2018-19-Q3     | 2017-18-Q4     | 2018-19
            2019-20-Q1     | 2019-20-Q2     | 2018-19-Q4     | 2018-19-Q1     | 2019-20
            1999-00-Q4     | 2000-01-Q1     | 1999-00-Q3     | 1998-99-Q4     | 1999-00
            2018-19        | 2019-20        | 2017-18        | 2017-18        | 2018-19
            2018-19-YTD-Q1 | 2018-19-YTD-Q2 | 2017-18-YTD-Q4 | 2017-18-YTD-Q1 | 2018-19
            2018-19-YTD-Q4 | 2019-20-YTD-Q1 | 2018-19-YTD-Q3 | 2017-18-YTD-Q4 | 2018-19
            M2018-12       | M2019-01       | M2018-11       | M2017-12       | 2018-19
            M2019-01       | M2019-02       | M2018-12       | M2018-01       | 2018-19
            M2019-03       | M2019-04       | M2019-02       | M2018-03       | 2018-19
            M2019-04       | M2019-05       | M2019-03       | M2018-04       | 2019-20
            M2020-02       | M2020-03       | M2020-01       | M2019-02       | 2019-20
            AY2018-19      | AY2019-20      | AY2017-18      | AY2017-18      | 2018-19
            AY2018-19-T1   | AY2018-19-T2   | AY2017-18-T3   | AY2017-18-T1   | 2018-19
            AY2018-19-T3   | AY2019-20-T1   | AY2018-19-T2   | AY2017-18-T3   | 2018-19
            AY2018-19-HT1  | AY2018-19-HT2  | AY2017-18-HT6  | AY2017-18-HT1  | 2018-19
            AY2018-19-HT4  | AY2018-19-HT5  | AY2018-19-HT3  | AY2017-18-HT4  | 2018-19
            AY2018-19-HT6  | AY2019-20-HT1  | AY2018-19-HT5  | AY2017-18-HT6  | 2018-19
            """)
    void movingBetweenPeriodsOfEachKind(
            String code, String next, String previous, String yearEarlier, String reportingYear) {
        ReportingPeriod period = p(code);
        assertThat(period.next()).isEqualTo(p(next));
        assertThat(period.previous()).isEqualTo(p(previous));
        assertThat(period.yearEarlier()).isEqualTo(p(yearEarlier));
        assertThat(period.reportingYear()).isEqualTo(reportingYear);
        assertThat(period.next().kind()).isEqualTo(period.kind());
        assertThat(period.previous().kind()).isEqualTo(period.kind());
        assertThat(period.yearEarlier().kind()).isEqualTo(period.kind());
        assertThat(p(period.next().previous().code())).isEqualTo(period);
        assertThat(p(period.previous().next().code())).isEqualTo(period);
        assertThat(p(period.code())).isEqualTo(period);
    }

    @Test
    void februaryInALeapYearGoesBackToAShortFebruary() {
        ReportingPeriod feb2020 = p("M2020-02");
        assertThat(feb2020.end()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(feb2020.yearEarlier().code()).isEqualTo("M2019-02");
        assertThat(feb2020.yearEarlier().end()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(p("AY2019-20-HT3").end()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(p("AY2019-20-HT3").yearEarlier().end()).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void theQuarterOfADateAcrossTheYearEnd() {
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2019, 3, 31)).code()).isEqualTo("2018-19-Q4");
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2019, 4, 1)).code()).isEqualTo("2019-20-Q1");
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2020, 2, 29)).code()).isEqualTo("2019-20-Q4");
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2018, 12, 31)).code()).isEqualTo("2018-19-Q3");
    }

    /** Month codes carry an M ("M2011-12"), so no financial year code can be read as a month. */
    @Test
    void financialYearsWhoseCodesLookLikeMonthsStayFinancialYears() {
        ReportingPeriod fy1112 = new ReportingPeriod(
                Kind.FINANCIAL_YEAR, "2011-12", LocalDate.of(2011, 4, 1), LocalDate.of(2012, 3, 31), "2011-12");
        assertThat(p("2012-13").previous()).isEqualTo(fy1112);
        assertThat(p("2012-13").yearEarlier()).isEqualTo(fy1112);
        assertThat(PeriodRules.expectedPeriod(p("2012-13-Q1"), Kind.FINANCIAL_YEAR))
                .isEqualTo(fy1112);
        assertThat(p("1999-00").next().kind()).isEqualTo(Kind.FINANCIAL_YEAR);
    }
}
