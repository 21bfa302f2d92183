package com.cptracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Counting statuses and rolling them up into one by each rule. */
class RollUpTest {

    private static Map<Status, Integer> counts(int green, int amber, int red, int complete) {
        List<Status> items = new ArrayList<>();
        items.addAll(Collections.nCopies(green, Status.GREEN));
        items.addAll(Collections.nCopies(amber, Status.AMBER));
        items.addAll(Collections.nCopies(red, Status.RED));
        items.addAll(Collections.nCopies(complete, Status.COMPLETE));
        return RollUp.count(items);
    }

    private static Status overall(RollUpRule rule, int green, int amber, int red, int complete) {
        return RollUp.overall(rule, counts(green, amber, red, complete)).status();
    }

    @Test
    void countsEveryStatusIncludingZeros() {
        Map<Status, Integer> c = RollUp.count(List.of(
                Status.GREEN,
                Status.GREEN,
                Status.WITHDRAWN,
                Status.NO_DATA,
                Status.NO_DATA,
                Status.NO_DATA,
                Status.COMPLETE));
        assertThat(c)
                .hasSize(Status.values().length)
                .containsEntry(Status.GREEN, 2)
                .containsEntry(Status.NO_DATA, 3)
                .containsEntry(Status.WITHDRAWN, 1)
                .containsEntry(Status.COMPLETE, 1)
                .containsEntry(Status.RED, 0)
                .containsEntry(Status.NOT_RATED, 0);
        assertThat(RollUp.count(List.of()))
                .hasSize(Status.values().length)
                .allSatisfy((s, n) -> assertThat(n).isZero());
    }

    @ParameterizedTest(name = "{0}: green {1} amber {2} red {3} complete {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            WORST_OF         | 9 | 0 | 1 | 0 | RED
            WORST_OF         | 9 | 1 | 0 | 0 | AMBER
            WORST_OF         | 9 | 0 | 0 | 0 | GREEN
            WORST_OF         | 0 | 0 | 0 | 3 | GREEN
            WORST_OF         | 0 | 2 | 0 | 3 | AMBER
            MAJORITY         | 3 | 2 | 1 | 0 | GREEN
            MAJORITY         | 1 | 3 | 2 | 0 | AMBER
            MAJORITY         | 1 | 2 | 3 | 0 | RED
            MAJORITY         | 2 | 2 | 1 | 0 | AMBER
            MAJORITY         | 2 | 1 | 2 | 0 | RED
            MAJORITY         | 1 | 2 | 2 | 0 | RED
            MAJORITY         | 2 | 2 | 2 | 0 | RED
            MAJORITY         | 1 | 0 | 0 | 0 | GREEN
            MAJORITY         | 1 | 2 | 0 | 2 | GREEN
            MAJORITY         | 1 | 3 | 0 | 2 | AMBER
            MAJORITY         | 0 | 2 | 0 | 2 | AMBER
            PROPORTION_GREEN | 3 | 0 | 1 | 0 | GREEN
            PROPORTION_GREEN | 3 | 1 | 0 | 0 | GREEN
            PROPORTION_GREEN | 74 | 26 | 0 | 0 | AMBER
            PROPORTION_GREEN | 75 | 25 | 0 | 0 | GREEN
            PROPORTION_GREEN | 2 | 1 | 0 | 0 | AMBER
            PROPORTION_GREEN | 1 | 0 | 1 | 0 | AMBER
            PROPORTION_GREEN | 50 | 0 | 50 | 0 | AMBER
            PROPORTION_GREEN | 49 | 0 | 51 | 0 | RED
            PROPORTION_GREEN | 1 | 1 | 1 | 0 | RED
            PROPORTION_GREEN | 0 | 0 | 1 | 0 | RED
            PROPORTION_GREEN | 0 | 0 | 0 | 1 | GREEN
            PROPORTION_GREEN | 1 | 0 | 1 | 2 | GREEN
            PROPORTION_GREEN | 0 | 1 | 1 | 1 | RED
            PROPORTION_GREEN | 0 | 1 | 0 | 1 | AMBER
            PROPORTION_GREEN | 2 | 1 | 0 | 1 | GREEN
            """)
    void eachRuleByHand(RollUpRule rule, int green, int amber, int red, int complete, Status expected) {
        assertThat(overall(rule, green, amber, red, complete)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(RollUpRule.class)
    void nothingRatedIsNotRatedWhateverElseIsCounted(RollUpRule rule) {
        assertThat(RollUp.overall(rule, RollUp.count(List.of())).status()).isEqualTo(Status.NOT_RATED);
        Map<Status, Integer> grey = RollUp.count(
                List.of(Status.NO_DATA, Status.NOT_STARTED, Status.NOT_RATED, Status.WITHDRAWN, Status.NO_DATA));
        Verdict v = RollUp.overall(rule, grey);
        assertThat(v.status()).isEqualTo(Status.NOT_RATED);
        assertThat(v.reason()).isNotBlank();
        assertThat(RollUp.overall(rule, Map.of()).status()).isEqualTo(Status.NOT_RATED);
    }

    @ParameterizedTest
    @EnumSource(RollUpRule.class)
    void unratedItemsDoNotMoveTheOverallStatus(RollUpRule rule) {
        List<Status> items = new ArrayList<>(List.of(Status.GREEN, Status.GREEN, Status.GREEN, Status.AMBER));
        Status before = RollUp.overall(rule, RollUp.count(items)).status();
        items.addAll(Collections.nCopies(20, Status.NO_DATA));
        items.addAll(Collections.nCopies(20, Status.WITHDRAWN));
        items.addAll(Collections.nCopies(20, Status.NOT_STARTED));
        items.addAll(Collections.nCopies(20, Status.NOT_RATED));
        assertThat(RollUp.overall(rule, RollUp.count(items)).status()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(RollUpRule.class)
    void completeCountsExactlyAsGreen(RollUpRule rule) {
        for (int g = 0; g <= 4; g++) {
            for (int a = 0; a <= 3; a++) {
                for (int r = 0; r <= 3; r++) {
                    if (g + a + r > 0) {
                        assertThat(overall(rule, 0, a, r, g))
                                .as("%s g=%d a=%d r=%d", rule, g, a, r)
                                .isEqualTo(overall(rule, g, a, r, 0));
                    }
                }
            }
        }
    }

    @Test
    void proportionGreenBoundariesAreInclusiveForEveryTotal() {
        for (int rated = 1; rated <= 40; rated++) {
            for (int green = 0; green <= rated; green++) {
                Status expected =
                        green * 4 >= rated * 3 ? Status.GREEN : green * 2 >= rated ? Status.AMBER : Status.RED;
                assertThat(overall(RollUpRule.PROPORTION_GREEN, green, rated - green, 0, 0))
                        .as("%d of %d green", green, rated)
                        .isEqualTo(expected);
            }
        }
        assertThat(RollUp.GREEN_PERCENT).isEqualTo(75);
        assertThat(RollUp.AMBER_PERCENT).isEqualTo(50);
    }

    @Test
    void reasonsGiveTheTally() {
        assertThat(RollUp.overall(RollUpRule.PROPORTION_GREEN, counts(2, 1, 0, 1))
                        .reason())
                .contains("3 green or complete, 1 amber, 0 red")
                .contains("75% green");
        assertThat(RollUp.overall(RollUpRule.MAJORITY, counts(2, 1, 2, 0)).reason())
                .contains("red")
                .contains("tie");
        assertThat(RollUp.overall(RollUpRule.WORST_OF, counts(5, 0, 1, 0)).reason())
                .contains("red");
    }
}
