package com.cptracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.common.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** An action's status for a quarter, judged at the quarter's last day. */
class ActionRulesTest {

    private static Status status(
            String quarter,
            boolean withdrawn,
            LocalDate startsOn,
            LocalDate completedOn,
            LocalDate dueOn,
            Assessment assessment) {
        return ActionRules.status(
                        new ActionFacts(withdrawn, startsOn, completedOn, dueOn, assessment),
                        ReportingPeriod.parse(quarter))
                .status();
    }

    /**
     * Due by a day and then recurring or ongoing ("by September 2025 and then annually"): past that day it is overdue
     * unless the lead's update for the quarter says on track; then the update decides, as for a recurring action.
     */
    @ParameterizedTest(name = "[{index}] {0} first due {1} update {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # quarter  | due        | update    | expected
            2025-26-Q2 | 2025-09-30 | -         | AMBER
            2025-26-Q2 | 2025-09-30 | AT_RISK   | AMBER
            2025-26-Q2 | 2025-09-30 | ON_TRACK  | GREEN
            2025-26-Q3 | 2025-09-30 | ON_TRACK  | GREEN
            2025-26-Q3 | 2025-09-30 | -         | RED
            2025-26-Q3 | 2025-09-30 | AT_RISK   | RED
            2025-26-Q3 | 2025-09-30 | OFF_TRACK | RED
            2026-27-Q4 | 2025-09-30 | ON_TRACK  | GREEN
            2026-27-Q4 | 2025-09-30 | -         | RED
            """)
    void aDeadlineThenRecurring(String quarter, LocalDate dueOn, Assessment assessment, Status expected) {
        Verdict v = ActionRules.status(
                new ActionFacts(false, null, null, dueOn, true, assessment), ReportingPeriod.parse(quarter));
        assertThat(v.status()).isEqualTo(expected);
        if (expected == Status.RED && assessment != Assessment.OFF_TRACK) {
            assertThat(v.reason()).startsWith("It was first due by 30 September 2025");
        }
    }

    @ParameterizedTest(name = "[{index}] {0} withdrawn={1} starts={2} completed={3} due={4} update={5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # quarter  | withdrawn | starts     | completed  | due        | update    | expected
            2018-19-Q1 | true      | -          | 2018-05-01 | 2018-04-30 | OFF_TRACK | WITHDRAWN
            2018-19-Q1 | true      | 2019-01-01 | -          | -          | -         | WITHDRAWN
            2018-19-Q1 | false     | -          | 2018-06-30 | 2018-05-31 | OFF_TRACK | COMPLETE
            2018-19-Q1 | false     | -          | 2017-11-02 | -          | -         | COMPLETE
            2018-19-Q1 | false     | -          | 2018-07-01 | 2018-05-31 | ON_TRACK  | RED
            2018-19-Q1 | false     | -          | 2018-07-01 | -          | ON_TRACK  | GREEN
            2018-19-Q1 | false     | -          | 2018-07-01 | -          | -         | AMBER
            2018-19-Q1 | false     | 2018-07-01 | -          | 2018-06-01 | -         | NOT_STARTED
            2018-19-Q1 | false     | 2018-06-30 | -          | 2019-03-31 | ON_TRACK  | GREEN
            2018-19-Q1 | false     | 2018-06-30 | -          | -          | -         | AMBER
            2018-19-Q1 | false     | -          | -          | 2018-06-30 | ON_TRACK  | GREEN
            2018-19-Q1 | false     | -          | -          | 2018-06-29 | ON_TRACK  | RED
            2018-19-Q1 | false     | -          | -          | 2018-06-29 | COMPLETE  | RED
            2018-19-Q1 | false     | -          | -          | 2018-06-29 | -         | RED
            2018-19-Q1 | false     | -          | -          | -          | OFF_TRACK | RED
            2018-19-Q1 | false     | -          | -          | -          | AT_RISK   | AMBER
            2018-19-Q1 | false     | -          | -          | -          | COMPLETE  | COMPLETE
            2018-19-Q1 | false     | -          | -          | -          | ON_TRACK  | GREEN
            2018-19-Q1 | false     | -          | -          | -          | -         | AMBER
            2018-19-Q1 | false     | -          | -          | 2018-07-01 | AT_RISK   | AMBER
            2018-19-Q3 | false     | -          | -          | 2018-12-31 | ON_TRACK  | GREEN
            2018-19-Q3 | false     | -          | -          | 2018-12-30 | ON_TRACK  | RED
            2018-19-Q3 | false     | 2019-01-01 | -          | -          | -         | NOT_STARTED
            2018-19-Q3 | false     | -          | 2018-12-31 | 2018-10-01 | -         | COMPLETE
            2018-19-Q3 | false     | -          | 2019-01-01 | 2018-10-01 | -         | RED
            2018-19-Q4 | false     | -          | -          | 2019-03-31 | OFF_TRACK | RED
            2018-19-Q4 | false     | -          | -          | 2019-03-31 | ON_TRACK  | GREEN
            2018-19-Q4 | false     | -          | -          | 2019-03-30 | ON_TRACK  | RED
            2018-19-Q4 | false     | -          | 2019-03-31 | 2019-01-15 | -         | COMPLETE
            2018-19-Q4 | false     | 2019-04-01 | -          | -          | ON_TRACK  | NOT_STARTED
            2018-19-Q4 | false     | 2019-03-31 | -          | -          | ON_TRACK  | GREEN
            2019-20-Q4 | false     | -          | 2020-02-29 | 2020-02-29 | -         | COMPLETE
            2019-20-Q4 | false     | -          | -          | 2020-02-29 | ON_TRACK  | RED
            2019-20-Q3 | false     | -          | -          | 2020-02-29 | ON_TRACK  | GREEN
            2019-20-Q4 | false     | -          | 2020-04-01 | 2020-03-31 | AT_RISK   | AMBER
            """)
    void statusFollowsTheRulesInOrder(
            String quarter,
            boolean withdrawn,
            LocalDate startsOn,
            LocalDate completedOn,
            LocalDate dueOn,
            Assessment assessment,
            Status expected) {
        assertThat(status(quarter, withdrawn, startsOn, completedOn, dueOn, assessment))
                .isEqualTo(expected);
    }

    @Test
    void dueOnTheQuartersLastDayIsNotOverdueButTheDayBeforeIs() {
        for (String code : new String[] {"2018-19-Q1", "2018-19-Q2", "2018-19-Q3", "2018-19-Q4", "2019-20-Q4"}) {
            LocalDate last = ReportingPeriod.parse(code).end();
            assertThat(status(code, false, null, null, last, Assessment.ON_TRACK))
                    .as(code)
                    .isEqualTo(Status.GREEN);
            assertThat(status(code, false, null, null, last.minusDays(1), Assessment.ON_TRACK))
                    .as(code)
                    .isEqualTo(Status.RED);
            assertThat(status(code, false, null, last, last.minusDays(30), null))
                    .as(code)
                    .isEqualTo(Status.COMPLETE);
            assertThat(status(code, false, null, last.plusDays(1), null, null))
                    .as(code)
                    .isEqualTo(Status.AMBER);
            assertThat(status(code, false, last.plusDays(1), null, null, null))
                    .as(code)
                    .isEqualTo(Status.NOT_STARTED);
        }
    }

    @ParameterizedTest
    @EnumSource(Assessment.class)
    void ongoingAndRecurringActionsAreNeverOverdue(Assessment assessment) {
        Status expected = switch (assessment) {
            case OFF_TRACK -> Status.RED;
            case AT_RISK -> Status.AMBER;
            case COMPLETE -> Status.COMPLETE;
            case ON_TRACK -> Status.GREEN;
        };
        for (String code : new String[] {"2018-19-Q1", "2019-20-Q4", "2030-31-Q2"}) {
            assertThat(status(code, false, LocalDate.of(2010, 1, 1), null, null, assessment))
                    .isEqualTo(expected);
        }
    }

    @Test
    void reasonsNameTheDatesAndTheQuarter() {
        ReportingPeriod q1 = ReportingPeriod.parse("2018-19-Q1");
        assertThat(ActionRules.status(new ActionFacts(false, null, null, LocalDate.of(2018, 6, 29), null), q1)
                        .reason())
                .isEqualTo("It was due by 29 June 2018 and was not complete by the end of 2018-19 Q1.");
        assertThat(ActionRules.status(
                                new ActionFacts(false, null, LocalDate.of(2020, 2, 29), null, null),
                                ReportingPeriod.parse("2019-20-Q4"))
                        .reason())
                .isEqualTo("Marked complete on 29 February 2020.");
        assertThat(ActionRules.status(new ActionFacts(false, LocalDate.of(2018, 7, 1), null, null, null), q1)
                        .reason())
                .contains("1 July 2018");
        assertThat(ActionRules.status(new ActionFacts(false, null, null, null, null), q1)
                        .reason())
                .contains("No progress update")
                .contains("2018-19 Q1");
        for (Assessment a : Assessment.values()) {
            assertThat(ActionRules.status(new ActionFacts(false, null, null, null, a), q1)
                            .reason())
                    .contains(a.label().toLowerCase());
        }
    }
}
