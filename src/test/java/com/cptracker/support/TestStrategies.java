package com.cptracker.support;

import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The strategy tests make for themselves: Testshire Council's, over two reporting years from 1 April of a year. */
public final class TestStrategies {

    private TestStrategies() {}

    /** A strategy of Testshire Council over the reporting years 2024-25 and 2025-26, with no subtitle or vision. */
    public static StrategyFields testshire(String slug, String title, StrategyStatus status) {
        return testshire(slug, title, status, 2024, null);
    }

    /** A strategy of Testshire Council over two reporting years from 1 April {@code firstYear}. */
    public static StrategyFields testshire(
            String slug, String title, StrategyStatus status, int firstYear, String vision) {
        return new StrategyFields(
                slug,
                title,
                null,
                "Testshire Council",
                LocalDate.of(firstYear, 4, 1),
                LocalDate.of(firstYear + 2, 3, 31),
                status,
                vision,
                null);
    }

    /** An ongoing action under a priority, led by a job title, answering no recommendation. */
    public static ActionFields ongoing(long priorityId, String ref, String text, String lead) {
        return new ActionFields(
                priorityId,
                null,
                ref,
                text,
                DueDate.parse("Ongoing"),
                List.of(new Lead(lead, null)),
                Set.of(),
                null,
                null);
    }
}
