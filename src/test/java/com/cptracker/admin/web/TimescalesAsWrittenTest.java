package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.DueDate;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timescales as councils' plans write them, entered through the action form as a new administrator would: each is
 * kept word for word on the action plan, the action's page says what the tracker reads it as, and the overdue rule
 * uses that reading. "By the end of the strategy" follows the strategy's last day when it moves.
 */
@AdminApplicationTest
class TimescalesAsWrittenTest {

    private static final String Q3 = "2025-26-Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    ActionService actions;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    String slug;
    long strategyId;
    long priority;

    @BeforeEach
    void aStrategy() {
        slug = "timescales-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Timescales test", StrategyStatus.CURRENT, 2024, null));
        strategyId = strategies.bySlug(slug).id();
        priority = priorityAdmin.createPriority(
                strategyId,
                new PriorityFields(
                        "Priority", 1, "Health and wellbeing", null, null, null, "Designated Nurse", null, List.of()));
    }

    @Test
    void everyTimescaleIsKeptAsWrittenAndReadAsTheHelpPageSays() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Map<String, String> written = new LinkedHashMap<>();
        written.put("1a", "by September 2025 and then annually");
        written.put("1b", "from April 2025, ongoing");
        written.put("1c", "2024-25");
        written.put("1d", "Q3 2025-26");
        written.put("1e", "termly");
        written.put("1f", "by the end of the strategy");
        Map<String, String> readAs = Map.of(
                "1a", "Due by 30 September 2025, then every year.",
                "1b", "Ongoing, never overdue; starts on 1 April 2025.",
                "1c", "Due by 31 March 2025.",
                "1d", "Due by 31 December 2025.",
                "1e", "Recurs every term, never overdue.",
                "1f", "Due by 31 March 2026, the end of the strategy.");
        for (var e : written.entrySet()) {
            String page =
                    admin.postAndFollow("/admin/strategies/" + slug + "/actions/new", action(e.getKey(), e.getValue()));
            Document shown = admin.page(page);
            assertThat(shown.select(".govuk-summary-list__row:has(dt:containsOwn(Due)) dd")
                            .text())
                    .isEqualTo(e.getValue());
            assertThat(shown.select(".govuk-summary-list__row:has(dt:containsOwn(Read as)) dd")
                            .text())
                    .isEqualTo(readAs.get(e.getKey()));
        }

        quarters.open(strategyId, Q3, LocalDate.of(2026, 1, 31), -1);
        Document plan = admin.page("/strategies/" + slug + "/actions", "period", Q3);
        Map<String, Element> rows = new LinkedHashMap<>();
        for (Element row : plan.select("table tbody tr:has(td.app-ref)")) {
            rows.put(row.selectFirst("td.app-ref").text(), row);
        }
        assertThat(rows.keySet()).containsExactlyElementsOf(written.keySet());
        written.forEach((ref, text) ->
                assertThat(rows.get(ref).select("td").get(4).text()).as(ref).isEqualTo(text));
        // Past its first date with no update saying it is on track: overdue. A year gone by: overdue. The rest wait
        // for their leads' updates.
        assertThat(rows.get("1a").text()).contains("Off track", "Overdue");
        assertThat(rows.get("1c").text()).contains("Off track", "Overdue");
        for (String ref : List.of("1b", "1d", "1e", "1f")) {
            assertThat(rows.get(ref).text()).as(ref).doesNotContain("Overdue").contains("No update this quarter");
        }
        Document page = admin.page("/strategies/" + slug + "/actions/1a", "period", Q3);
        assertThat(page.text())
                .contains(
                        "by September 2025 and then annually",
                        "Read as: Due by 30 September 2025, then every year.",
                        "It was first due by 30 September 2025");

        Document help = admin.page("/help/status");
        assertThat(help.text()).contains("by September 2025 and then annually", "unless its lead's update");
    }

    @Test
    void theEndOfTheStrategyMovesWithTheStrategysLastDay() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        admin.postAndFollow("/admin/strategies/" + slug + "/actions/new", action("1a", "by the end of the strategy"));
        admin.postAndFollow("/admin/strategies/" + slug + "/actions/new", action("1b", "March 2026"));
        long id = actionAdmin.actions(strategyId).getFirst().id();
        assertThat(actionAdmin.action(strategyId, id).fields().due().date()).isEqualTo(LocalDate.of(2026, 3, 31));

        var edit = strategyAdmin.strategy(strategyId);
        StrategyFields f = edit.fields();
        strategyAdmin.update(
                strategyId,
                new StrategyFields(
                        f.slug(),
                        f.title(),
                        f.subtitle(),
                        f.council(),
                        f.startsOn(),
                        LocalDate.of(2027, 3, 31),
                        f.status(),
                        f.vision(),
                        f.contact()),
                edit.version());

        DueDate moved = actionAdmin.action(strategyId, id).fields().due();
        assertThat(moved.date()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(moved.text()).isEqualTo("by the end of the strategy");
        DueDate kept = actions.byRef(strategyId, "1b").due();
        assertThat(kept.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(actions.dueDateMoves(List.of(id), null)).containsEntry(id, 1);
    }

    @Test
    void aTimescaleNotUnderstoodIsRefusedBesideTheFieldAndKeptAsTyped() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Document refused = admin.postWithErrors(
                "/admin/strategies/" + slug + "/actions/new", action("1a", "by September 2025 and then whenever"));
        assertThat(refused.select("#due-error").text()).contains("Enter when the action is due as a date");
        assertThat(refused.select("#due").val()).isEqualTo("by September 2025 and then whenever");
        assertThat(actionAdmin.actions(strategyId)).isEmpty();
    }

    private String[] action(String ref, String due) {
        return with(new String[] {
            "ref", ref,
            "text", "Action " + ref,
            "priorityId", String.valueOf(priority),
            "statementId", "",
            "due", due,
            "lead1Title", "Designated Nurse",
            "lead1User", "",
            "lead2Title", "",
            "lead2User", "",
            "lead3Title", "",
            "lead3User", "",
            "successMeasure", "",
            "crossReference", "",
            "version", ""
        });
    }
}
