package com.cptracker.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.status.ExceptionRules.ActionSignals;
import com.cptracker.status.ExceptionRules.MeasureSignals;
import com.cptracker.status.ExceptionRules.Stated;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exception rules one by one, by hand-worked cases: what each catches, and what it must not. */
class ExceptionRulesTest {

    static final ExceptionRules ALL = ExceptionRules.DEFAULT;

    private static List<ExceptionRule> measure(
            ExceptionRules rules, Status status, Direction since, Comparison vsNeighbours, int missedRunning) {
        return rules.caught(new MeasureSignals(status, since, vsNeighbours, missedRunning));
    }

    private static List<ExceptionRule> action(
            ExceptionRules rules, Status status, boolean overdue, boolean updated, int moves) {
        return rules.caught(new ActionSignals(status, overdue, updated, moves));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} neighbours {2} missed {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # status    | since previous | vs neighbours | missed running | caught (by default rules)
            RED         | WORSENING      | NONE          | 1              | RED_OR_AMBER_WORSENING
            AMBER       | WORSENING      | NONE          | 1              | RED_OR_AMBER_WORSENING
            GREEN       | WORSENING      | NONE          | 0              | ''
            RED         | IMPROVING      | NONE          | 1              | ''
            RED         | NO_CHANGE      | NONE          | 1              | ''
            NOT_RATED   | WORSENING      | NONE          | 0              | ''
            RED         | NONE           | NONE          | 2              | MISSED_TARGET_RUNNING
            AMBER       | IMPROVING      | NONE          | 3              | MISSED_TARGET_RUNNING
            RED         | WORSENING      | WORSE         | 8              | RED_OR_AMBER_WORSENING MISSED_TARGET_RUNNING WORSE_THAN_NEIGHBOURS
            GREEN       | NO_CHANGE      | WORSE         | 0              | WORSE_THAN_NEIGHBOURS
            GREEN       | NO_CHANGE      | SIMILAR       | 0              | ''
            GREEN       | NO_CHANGE      | BETTER        | 0              | ''
            NOT_RATED   | NONE           | ABOVE         | 0              | ''
            NO_DATA     | NONE           | NONE          | 0              | NO_VALUE_WHEN_DUE
            NO_DATA     | NONE           | WORSE         | 0              | WORSE_THAN_NEIGHBOURS NO_VALUE_WHEN_DUE
            """)
    void measureRules(Status status, Direction since, Comparison vs, int missed, String expected) {
        assertThat(measure(ALL, status, since, vs, missed)).isEqualTo(rules(expected));
    }

    @ParameterizedTest(name = "[{index}] {0} overdue={1} updated={2} moves={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # status    | overdue | updated | moves | caught (by default rules: moved more than once)
            RED         | true    | true    | 0     | OVERDUE_ACTION
            RED         | true    | false   | 0     | OVERDUE_ACTION NO_UPDATE_THIS_QUARTER
            AMBER       | false   | false   | 0     | NO_UPDATE_THIS_QUARTER
            GREEN       | false   | true    | 0     | ''
            GREEN       | false   | true    | 1     | ''
            GREEN       | false   | true    | 2     | DUE_DATE_MOVED
            NOT_STARTED | false   | false   | 2     | DUE_DATE_MOVED
            COMPLETE    | false   | false   | 5     | ''
            WITHDRAWN   | false   | false   | 5     | ''
            RED         | false   | false   | 3     | NO_UPDATE_THIS_QUARTER DUE_DATE_MOVED
            """)
    void actionRules(Status status, boolean overdue, boolean updated, int moves, String expected) {
        assertThat(action(ALL, status, overdue, updated, moves)).isEqualTo(rules(expected));
    }

    @Test
    void aRuleSwitchedOffCatchesNothingAndTheOthersStillDo() {
        ExceptionRules noWorsening = new ExceptionRules(
                EnumSet.complementOf(EnumSet.of(ExceptionRule.RED_OR_AMBER_WORSENING, ExceptionRule.OVERDUE_ACTION)),
                2,
                1);
        assertThat(measure(noWorsening, Status.RED, Direction.WORSENING, Comparison.WORSE, 1))
                .containsExactly(ExceptionRule.WORSE_THAN_NEIGHBOURS);
        assertThat(action(noWorsening, Status.RED, true, false, 0))
                .containsExactly(ExceptionRule.NO_UPDATE_THIS_QUARTER);
        ExceptionRules none = new ExceptionRules(Set.of(), 2, 1);
        assertThat(measure(none, Status.NO_DATA, Direction.WORSENING, Comparison.WORSE, 8))
                .isEmpty();
        assertThat(action(none, Status.RED, true, false, 5)).isEmpty();
    }

    @Test
    void theNumbersSetWhereARunOrAMoveCountStarts() {
        ExceptionRules three = new ExceptionRules(EnumSet.allOf(ExceptionRule.class), 3, 2);
        assertThat(measure(three, Status.RED, Direction.NONE, Comparison.NONE, 2))
                .as("two quarters is not three running")
                .isEmpty();
        assertThat(measure(three, Status.RED, Direction.NONE, Comparison.NONE, 3))
                .containsExactly(ExceptionRule.MISSED_TARGET_RUNNING);
        assertThat(action(three, Status.GREEN, false, true, 2))
                .as("moved twice is not more than twice")
                .isEmpty();
        assertThat(action(three, Status.GREEN, false, true, 3)).containsExactly(ExceptionRule.DUE_DATE_MOVED);
    }

    @Test
    void aRunIsTheLeadingRedsAndAmbersNewestFirst() {
        assertThat(ExceptionRules.missedRunning(List.of())).isZero();
        assertThat(ExceptionRules.missedRunning(List.of(Status.RED, Status.AMBER, Status.GREEN, Status.RED)))
                .isEqualTo(2);
        assertThat(ExceptionRules.missedRunning(List.of(Status.GREEN, Status.RED)))
                .isZero();
        assertThat(ExceptionRules.missedRunning(List.of(Status.AMBER, Status.NO_DATA, Status.RED)))
                .as("a period with no value ends the run")
                .isEqualTo(1);
        assertThat(ExceptionRules.missedRunning(List.of(Status.RED, Status.NOT_RATED)))
                .isEqualTo(1);
    }

    @Test
    void everyRuleIsStatedInWordsWithTheStrategysNumbers() {
        ExceptionRules rules =
                new ExceptionRules(EnumSet.complementOf(EnumSet.of(ExceptionRule.WORSE_THAN_NEIGHBOURS)), 3, 2);
        List<Stated> stated = rules.stated();
        assertThat(stated).extracting(Stated::rule).containsExactly(ExceptionRule.values());
        assertThat(stated)
                .extracting(Stated::label)
                .containsExactly(
                        "Red or amber and worsening",
                        "Missed its target 3 quarters running",
                        "Worse than statistical neighbours",
                        "No value when due",
                        "Overdue",
                        "No progress update this quarter",
                        "Due date moved more than twice");
        assertThat(stated.get(1).description()).contains("in each of its last 3 reporting periods");
        assertThat(stated.get(6).description()).contains("changed more than twice");
        assertThat(stated)
                .filteredOn(s -> !s.on())
                .extracting(Stated::rule)
                .containsExactly(ExceptionRule.WORSE_THAN_NEIGHBOURS);
        assertThat(ALL.label(ExceptionRule.DUE_DATE_MOVED)).isEqualTo("Due date moved more than once");
        assertThat(new ExceptionRules(Set.of(), 2, 5).label(ExceptionRule.DUE_DATE_MOVED))
                .isEqualTo("Due date moved more than 5 times");
    }

    @Test
    void numbersOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new ExceptionRules(Set.of(), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionRules(Set.of(), 9, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionRules(Set.of(), 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionRules(Set.of(), 2, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExceptionRules(null, 8, 5).on()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} then {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            AMBER       | RED         | WORSENING
            GREEN       | AMBER       | WORSENING
            RED         | GREEN       | IMPROVING
            GREEN       | COMPLETE    | IMPROVING
            AMBER       | AMBER       | NO_CHANGE
            -           | RED         | NONE
            NOT_STARTED | RED         | NONE
            RED         | WITHDRAWN   | NONE
            """)
    void anActionsDirectionComparesItsStatusWithTheQuarterBefore(Status before, Status now, Direction expected) {
        assertThat(ActionRules.direction(before, now)).isEqualTo(expected);
    }

    @Test
    void theHelpPageWorksItsExamplesOutByTheseRules() {
        StatusHelp.Section section = StatusHelp.sections(SimilarMargin.DEFAULT, null, List.of()).stream()
                .filter(s -> s.id().equals("exceptions"))
                .findFirst()
                .orElseThrow();
        assertThat(section.rules()).contains("Overdue: " + ExceptionRule.OVERDUE_ACTION.description(1));
        assertThat(section.examples())
                .extracting(StatusHelp.Example::reason)
                .containsExactly(
                        "Caught by: Red or amber and worsening.",
                        "Caught by: Missed its target 2 quarters running.",
                        "Caught by: Worse than statistical neighbours.",
                        "No rule catches it.",
                        "Caught by: Due date moved more than once.",
                        "Caught by: Overdue; No progress update this quarter.");
    }

    private static List<ExceptionRule> rules(String names) {
        return names.isBlank()
                ? List.of()
                : Arrays.stream(names.trim().split(" +"))
                        .map(ExceptionRule::valueOf)
                        .toList();
    }
}
