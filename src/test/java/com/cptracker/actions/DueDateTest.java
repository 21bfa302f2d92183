package com.cptracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
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

    @ParameterizedTest
    @ValueSource(strings = {" ", "soon", "31 February 2019", "Smarch 2019", "2024-26 Q1", "2024-25 Q5"})
    void refusesWithAMessageFitToShow(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DueDate.parse(text))
                .withMessageStartingWith("Enter");
    }
}
