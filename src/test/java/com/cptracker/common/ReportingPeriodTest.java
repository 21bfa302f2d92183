package com.cptracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0} runs {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-19-Q1     | QUARTER        | 2018-04-01 | 2018-06-30 | 2018-19 Q1
            2018-19-Q3     | QUARTER        | 2018-10-01 | 2018-12-31 | 2018-19 Q3
            2018-19-Q4     | QUARTER        | 2019-01-01 | 2019-03-31 | 2018-19 Q4
            2019-20-Q4     | QUARTER        | 2020-01-01 | 2020-03-31 | 2019-20 Q4
            2099-00-Q4     | QUARTER        | 2100-01-01 | 2100-03-31 | 2099-00 Q4
            2018-19        | FINANCIAL_YEAR | 2018-04-01 | 2019-03-31 | 2018-19
            2018-19-YTD-Q2 | YEAR_TO_DATE   | 2018-04-01 | 2018-09-30 | 2018-19 year to date at Q2
            M2020-02       | MONTH          | 2020-02-01 | 2020-02-29 | February 2020
            M2019-02       | MONTH          | 2019-02-01 | 2019-02-28 | February 2019
            AY2018-19      | ACADEMIC_YEAR  | 2018-09-01 | 2019-08-31 | Academic year 2018-19
            AY2018-19-T1   | TERM           | 2018-09-01 | 2018-12-31 | Autumn term 2018-19
            AY2018-19-T2   | TERM           | 2019-01-01 | 2019-03-31 | Spring term 2018-19
            AY2018-19-T3   | TERM           | 2019-04-01 | 2019-08-31 | Summer term 2018-19
            AY2018-19-HT1  | HALF_TERM      | 2018-09-01 | 2018-10-31 | Half term 1 2018-19
            AY2018-19-HT3  | HALF_TERM      | 2019-01-01 | 2019-02-28 | Half term 3 2018-19
            AY2019-20-HT3  | HALF_TERM      | 2020-01-01 | 2020-02-29 | Half term 3 2019-20
            AY2018-19-HT4  | HALF_TERM      | 2019-03-01 | 2019-03-31 | Half term 4 2018-19
            AY2018-19-HT6  | HALF_TERM      | 2019-06-01 | 2019-08-31 | Half term 6 2018-19
            """)
    void parsesEveryKindOfPeriod(String code, ReportingPeriod.Kind kind, LocalDate start, LocalDate end, String label) {
        ReportingPeriod p = ReportingPeriod.parse(code);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2018-20-Q1",
                "2018-19-Q5",
                "2018-19-Q0",
                "2018-13",
                "2018-00",
                "AY2018-20",
                "AY2018-19-T4",
                "AY2018-19-HT7",
                "Q1 2018",
                "2018-19-YTD-Q5",
                "<script>"
            })
    void refusesWhatIsNotAPeriod(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse(code));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2018-04-01,2018-19-Q1",
        "2018-06-30,2018-19-Q1",
        "2018-07-01,2018-19-Q2",
        "2018-12-31,2018-19-Q3",
        "2019-01-01,2018-19-Q4",
        "2019-03-31,2018-19-Q4",
        "2020-02-29,2019-20-Q4",
        "2019-04-01,2019-20-Q1"
    })
    void findsTheQuarterOfADate(LocalDate date, String quarter) {
        assertThat(ReportingPeriod.quarterOf(date).code()).isEqualTo(quarter);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AY2018-19-T1",
                "AY2018-19-T2",
                "AY2018-19-T3",
                "AY2018-19-HT1",
                "AY2018-19-HT2",
                "AY2018-19-HT3",
                "AY2018-19-HT4",
                "AY2018-19-HT5"
            })
    void everySchoolPeriodEndsOnAMonthEnd(String code) {
        ReportingPeriod p = ReportingPeriod.parse(code);
        assertThat(p.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-25 Q3                  | 2024-25-Q3
            2024-25-Q3                  | 2024-25-Q3
            2024-25  q3                 | 2024-25-Q3
            April 2024                  | M2024-04
            apr 2024                    | M2024-04
            M2024-04                    | M2024-04
            2024-25                     | 2024-25
            2024-25 year to date at Q2  | 2024-25-YTD-Q2
            Autumn term 2024-25         | AY2024-25-T1
            summer term 2024-25         | AY2024-25-T3
            Half term 6 2024-25         | AY2024-25-HT6
            Academic year 2024-25       | AY2024-25
            """)
    void aPeriodIsReadAsThePagesNameItOrByItsCode(String written, String code) {
        assertThat(ReportingPeriod.written(written)).map(ReportingPeriod::code).hasValue(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Q3", "2024-26", "2024-25 Q5", "Smarch 2024", "Winter term 2024-25", "half term 7 2024-25"})
    void whatNamesNoPeriodIsNone(String written) {
        assertThat(ReportingPeriod.written(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-25-Q3",
                "M2024-04",
                "2024-25",
                "2024-25-YTD-Q2",
                "AY2024-25-T2",
                "AY2024-25-HT4",
                "AY2024-25"
            })
    void everyPeriodReadsBackFromItsLabel(String code) {
        ReportingPeriod p = ReportingPeriod.parse(code);
        assertThat(ReportingPeriod.written(p.label())).hasValue(p);
    }
}
