package com.cptracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due dates as action plans write them: the forms found in both reference strategies, and a few more. */
class DueDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            September 2018  | MONTH     | 2018-09-30 | -
            february 2020   | MONTH     | 2020-02-29 | -
            Sept 2018       | MONTH     | 2018-09-30 | -
            31 March 2019   | DATE      | 2019-03-31 | -
            2019-03-31      | DATE      | 2019-03-31 | -
            2024-25 Q1      | QUARTER   | 2024-06-30 | -
            Q4 2024-25      | QUARTER   | 2025-03-31 | -
            Ongoing         | ONGOING   | -          | -
            on-going        | ONGOING   | -          | -
            Annually        | RECURRING | -          | ANNUALLY
            Six monthly     | RECURRING | -          | SIX_MONTHLY
            Quarterly       | RECURRING | -          | QUARTERLY
            """)
    void readsTheFormsPlansUse(String text, DueDate.Kind kind, LocalDate date, DueDate.Recurrence recurrence) {
        DueDate due = DueDate.parse(text);
        assertThat(due.kind()).isEqualTo(kind);
        assertThat(due.date()).isEqualTo(date);
        assertThat(due.recurrence()).isEqualTo(recurrence);
        assertThat(due.text()).isEqualTo(text.trim());
        assertThat(due.isDated()).isEqualTo(date != null);
    }

    /** Composite timescales found in councils' plans, each kept as written beside what is understood of it. */
    @ParameterizedTest(name = "\"{0}\" is {1} by {2}, recurs {3}, then ongoing {4}, starts {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            by September 2025 and then annually | MONTH        | 2025-09-30 | ANNUALLY    | false | -
            By Sept 2025, then annually         | MONTH        | 2025-09-30 | ANNUALLY    | false | -
            from April 2025, ongoing            | ONGOING      | -          | -           | false | 2025-04-01
            April 2025 onwards                  | ONGOING      | -          | -           | false | 2025-04-01
            Ongoing from 1st April 2025         | ONGOING      | -          | -           | false | 2025-04-01
            2024-25                             | YEAR         | 2025-03-31 | -           | false | -
            2024/25                             | YEAR         | 2025-03-31 | -           | false | -
            By end of 2025-2026                 | YEAR         | 2026-03-31 | -           | false | -
            Academic year 2024-25               | YEAR         | 2025-08-31 | -           | false | -
            Q3 2025-26                          | QUARTER      | 2025-12-31 | -           | false | -
            2025/26 Q1                          | QUARTER      | 2025-06-30 | -           | false | -
            Termly                              | RECURRING    | -          | TERMLY      | false | -
            half-termly                         | RECURRING    | -          | HALF_TERMLY | false | -
            Twice yearly                        | RECURRING    | -          | SIX_MONTHLY | false | -
            Annually from April 2025            | RECURRING    | -          | ANNUALLY    | false | 2025-04-01
            Ongoing, reviewed annually          | RECURRING    | -          | ANNUALLY    | false | -
            by the end of the strategy          | STRATEGY_END | -          | -           | false | -
            March 2025 and ongoing              | MONTH        | 2025-03-31 | -           | false | -
            Autumn term 2024-25                 | TERM         | 2024-12-31 | -           | false | -
            by 31st March 2025.                 | DATE         | 2025-03-31 | -           | false | -
            end of March 2025                   | MONTH        | 2025-03-31 | -           | false | -
            from April 2025 until March 2026    | MONTH        | 2026-03-31 | -           | false | 2025-04-01
            """)
    void readsCompositeTimescales(
            String text,
            DueDate.Kind kind,
            LocalDate date,
            DueDate.Recurrence recurrence,
            boolean thenOngoing,
            LocalDate startsOn) {
        DueDate due = DueDate.parse(text);
        assertThat(due.text()).isEqualTo(text.trim());
        assertThat(due.kind()).isEqualTo(kind);
        assertThat(due.date()).isEqualTo(date);
        assertThat(due.recurrence()).isEqualTo(recurrence);
        assertThat(due.startsOn()).isEqualTo(startsOn);
        assertThat(due.thenOngoing()).isEqualTo(text.contains("and ongoing"));
    }

    @Test
    void saysWhatItUnderstands() {
        assertThat(DueDate.parse("by September 2025 and then annually").understood())
                .isEqualTo("Due by 30 September 2025, then every year.");
        assertThat(DueDate.parse("from April 2025, ongoing").understood())
                .isEqualTo("Ongoing, never overdue; starts on 1 April 2025.");
        assertThat(DueDate.parse("March 2025 and ongoing").understood())
                .isEqualTo("Due by 31 March 2025, then ongoing.");
        assertThat(DueDate.parse("Termly").understood()).isEqualTo("Recurs every term, never overdue.");
        DueDate end = DueDate.parse("by the end of the strategy");
        assertThat(end.understood()).isEqualTo("Due by the end of the strategy.");
        DueDate read = end.endingWith(LocalDate.of(2026, 3, 31));
        assertThat(read.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(read.text()).isEqualTo("by the end of the strategy");
        assertThat(read.understood()).isEqualTo("Due by 31 March 2026, the end of the strategy.");
    }

    @Test
    void aRecurrenceAfterTheDeadlineContinuesIt() {
        assertThat(DueDate.parse("by September 2025 and then annually").continuesAfterDeadline())
                .isTrue();
        assertThat(DueDate.parse("March 2025 and ongoing").continuesAfterDeadline())
                .isTrue();
        assertThat(DueDate.parse("September 2025").continuesAfterDeadline()).isFalse();
        assertThat(DueDate.parse("Annually").continuesAfterDeadline()).isFalse();
        assertThat(DueDate.parse("by September 2025 and then annually").sameDayAs(DueDate.parse("September 2025")))
                .isFalse();
        assertThat(DueDate.parse("by Sept 2025, then annually")
                        .sameDayAs(DueDate.parse("30 September 2025 and then annually")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " ",
                "soon",
                "31 February 2019",
                "Smarch 2019",
                "2024-26 Q1",
                "2024-25 Q5",
                "2025",
                "2019-03",
                "2024-26",
                "September 2025 and March 2026",
                "annually and termly",
                "by September 2025 and then whenever",
                "from soon"
            })
    void refusesWithAMessageFitToShow(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DueDate.parse(text))
                .withMessageStartingWith("Enter");
    }
}
