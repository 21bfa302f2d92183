package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator sets up a measure, its targets by year with a reason for each change, and its benchmarks. */
@AdminApplicationTest
class MeasureAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    MeasureAdminService admin;

    @Autowired
    MeasureTargetAdminService targets;

    @Autowired
    StrategyService strategies;

    @Autowired
    UserAdminService userAdmin;

    String slug;
    long strategyId;
    long priority;
    long statement;
    String officer;

    @BeforeEach
    void aStrategyWithAPriority() {
        slug = "measures-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Measures test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        priority = priorityAdmin.createPriority(
                strategyId,
                new PriorityFields("Outcome", 1, "A good, safe home", null, null, null, null, null, List.of()));
        statement = priorityAdmin.addStatement(
                strategyId, priority, StatementKind.OUTCOME_STATEMENT, "Care leavers live in suitable homes");
        // An officer of the test's own, so the demo officer's actions and measures stay as shipped for other tests.
        officer = String.valueOf(userAdmin.create(
                "owner." + System.nanoTime(),
                new UserFields("Test officer", null, "Test officer", Set.of(Role.OFFICER)),
                "a long enough test passphrase"));
    }

    String[] newMeasure() {
        return new String[] {
            "ref",
            "P2.11",
            "title",
            "% of care leavers in suitable accommodation",
            "definition",
            "Aged 19 to 21",
            "priorityId",
            String.valueOf(priority),
            "statementId",
            String.valueOf(statement),
            "unit",
            "PERCENTAGE",
            "polarity",
            "HIGHER_IS_BETTER",
            "frequency",
            "QUARTERLY",
            "ownerTitle",
            "Care Leavers Team Manager",
            "ownerUserId",
            officer,
            "cypPlanPriority",
            "Safe and supported",
            "corporatePriority",
            "Outcome 1",
            "version",
            ""
        };
    }

    @Test
    void setsUpAMeasureAndKeepsTheHistoryOfItsTargets() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/measures";
        String page = pages.postAndFollow(base + "/new", newMeasure());
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(admin.measure(strategyId, id).fields().ownerUserId()).isEqualTo(Long.valueOf(officer));
        assertThat(pages.page(page).text())
                .contains(
                        "Care Leavers Team Manager (entered by Test officer)",
                        "Safe and supported",
                        "Outcome 1",
                        "Care leavers live in suitable homes",
                        "Quarterly");

        pages.postAndFollow(
                page + "/targets",
                "year",
                "2024-25",
                "target",
                "95",
                "targetLow",
                "",
                "targetHigh",
                "",
                "amberThreshold",
                "5",
                "reason",
                "Agreed by the board in March 2024",
                "version",
                "");
        Document change = pages.page(page + "/targets", "year", "2024-25");
        assertThat(change.select("h1").text()).isEqualTo("Change the target for 2024-25");
        assertThat(change.select("#target").val()).isEqualTo("95");
        assertThat(change.select("#reason").text())
                .as("a change needs its own reason")
                .isEmpty();
        String[] fields = fieldsOf(change, "main form");

        Document noReason = pages.postWithErrors(page + "/targets", with(fields, "target", "90"));
        assertThat(noReason.select("#reason-error").text()).contains("Enter the reason for this target");
        assertThat(noReason.select("#target").val()).isEqualTo("90");
        pages.postAndFollow(page + "/targets", with(fields, "target", "90", "reason", "Revised after Q2: new cohort"));
        assertThat(targets.target(strategyId, id, "2024-25")
                        .orElseThrow()
                        .fields()
                        .target())
                .isEqualByComparingTo("90");

        Document stale = pages.postWithErrors(page + "/targets", with(fields, "target", "80", "reason", "Stale"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(targets.target(strategyId, id, "2024-25")
                        .orElseThrow()
                        .fields()
                        .target())
                .isEqualByComparingTo("90");

        Document measurePage = pages.page(page);
        assertThat(measurePage
                        .select("#targets ~ table")
                        .first()
                        .select("tbody tr")
                        .text())
                .contains("2024-25", "90", "5", "Revised after Q2: new cohort");
        assertThat(measurePage
                        .select("caption:contains(History of the targets) ~ tbody tr")
                        .eachText())
                .hasSize(2)
                .satisfiesExactly(
                        changed -> assertThat(changed)
                                .contains("UPDATE", "target", "95", "90", "Reason: Revised after Q2: new cohort"),
                        set -> assertThat(set)
                                .contains("CREATE", "2024-25", "95", "Reason: Agreed by the board in March 2024"));
        Document trail =
                pages.page("/admin/audit", "item", MeasureTargetAdminService.TARGET, "itemId", String.valueOf(id));
        assertThat(trail.select("tbody tr")).hasSize(2);

        pages.postAndFollow(
                page + "/targets",
                "year",
                "2025-26",
                "target",
                "",
                "targetLow",
                "20",
                "targetHigh",
                "30",
                "amberThreshold",
                "2.5",
                "reason",
                "Range agreed",
                "version",
                "");
        var range = targets.target(strategyId, id, "2025-26").orElseThrow().fields();
        assertThat(range.describe()).isEqualTo("20 to 30");
        assertThat(range.amberThreshold()).isEqualByComparingTo(new BigDecimal("2.5"));

        pages.postAndFollow(
                page + "/benchmarks",
                "year",
                "2024-25",
                "statNeighbour",
                "62.5",
                "national",
                "65",
                "source",
                "LAIT 2025",
                "version",
                "");
        String[] benchmark = fieldsOf(pages.page(page + "/benchmarks", "year", "2024-25"), "main form");
        pages.postAndFollow(page + "/benchmarks", with(benchmark, "national", "66"));
        assertThat(pages.page(page).select("#benchmarks ~ table tbody tr").text())
                .contains("62.5", "66", "LAIT 2025");
        assertThat(pages.page("/admin/audit", "item", MeasureTargetAdminService.BENCHMARK, "itemId", String.valueOf(id))
                        .select("tbody tr")
                        .first()
                        .text())
                .contains("national", "65", "66");

        Document edit = pages.page(page + "/edit");
        pages.postAndFollow(
                page + "/edit", with(fieldsOf(edit, "main form"), "polarity", "LOWER_IS_BETTER", "ownerUserId", ""));
        assertThat(admin.measure(strategyId, id).fields().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(pages.page("/admin/audit", "item", "measure", "itemId", String.valueOf(id))
                        .select("tbody tr")
                        .first()
                        .text())
                .contains("Higher is better", "Lower is better", "owner account", "owner.");
    }

    @Test
    void badTargetsAndMeasuresAreRefusedBesideTheirFields() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/measures";
        Document bad = pages.postWithErrors(base + "/new", with(newMeasure(), "unit", "LITRES", "ref", ""));
        assertThat(bad.title()).startsWith("Error: ");
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).contains("#unit", "#ref");
        String page = pages.postAndFollow(base + "/new", newMeasure());
        assertThat(pages.postWithErrors(base + "/new", newMeasure())
                        .select("#ref-error")
                        .text())
                .contains("already has the ref P2.11");

        String[] target = {
            "year",
            "2024-26",
            "target",
            "95",
            "targetLow",
            "90",
            "targetHigh",
            "",
            "amberThreshold",
            "-1",
            "reason",
            "x",
            "version",
            ""
        };
        Document errors = pages.postWithErrors(page + "/targets", target);
        assertThat(errors.select("#year-error").text()).contains("runs into the next");
        assertThat(errors.select("#target-error").text()).contains("not both");
        assertThat(errors.select("#amberThreshold-error").text()).contains("0 or more");
        Document order = pages.postWithErrors(
                page + "/targets",
                with(
                        target,
                        "year",
                        "2024-25",
                        "target",
                        "",
                        "targetLow",
                        "40",
                        "targetHigh",
                        "30",
                        "amberThreshold",
                        "0"));
        assertThat(order.select("#targetLow-error").text()).contains("must not be above the high end");
        Document words = pages.postWithErrors(
                page + "/targets",
                with(target, "year", "2024-25", "target", "ninety", "targetLow", "", "amberThreshold", "0"));
        assertThat(words.select("#target-error").text()).contains("Enter the target as a number");
        assertThat(words.select("#target").val()).isEqualTo("ninety");

        pages.postAndFollow(page + "/targets", with(target, "year", "2024-25", "targetLow", "", "amberThreshold", "0"));
        Document again = pages.postWithErrors(
                page + "/targets",
                with(target, "year", "2024-25", "targetLow", "", "amberThreshold", "0", "target", "99"));
        assertThat(again.select("#year-error").text()).contains("A target for 2024-25 is already set");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(targets.targets(strategyId, id))
                .singleElement()
                .satisfies(t -> assertThat(t.fields().target()).isEqualByComparingTo("95"));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedBesideTheirFieldsWithEveryOtherProblemAtOnce() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/measures";
        Document page = pages.postWithErrors(
                base + "/new",
                with(
                        newMeasure(),
                        "priorityId",
                        "two",
                        "ownerUserId",
                        "the owner",
                        "polarity",
                        "SIDEWAYS",
                        "frequency",
                        "",
                        "title",
                        "",
                        "version",
                        "1.5"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#priorityId", "#ownerUserId", "#polarity", "#frequency", "#title", "#version");
        assertThat(page.select("#priorityId-error").text()).contains("Choose a priority from the list");
        assertThat(page.select("#ownerUserId-error").text()).contains("Choose an officer from the list");
        assertThat(page.select("#polarity-error").text()).contains("Choose which way is better");
        assertThat(page.select("#frequency-error").text()).contains("Choose how often it is reported");
        assertThat(page.select("#title-error").text()).contains("Enter the title");
        assertThat(page.select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(page.select("#ref").val()).isEqualTo("P2.11");
        assertThat(page.select("#definition").text()).isEqualTo("Aged 19 to 21");
        assertThat(page.select("#unit[checked]")).as("the unit chosen is kept").hasSize(1);
        assertThat(admin.measures(strategyId)).as("nothing saved").isEmpty();

        String measure = pages.postAndFollow(base + "/new", newMeasure());
        Document target = pages.postWithErrors(
                measure + "/targets",
                "year",
                "2024-25",
                "target",
                "ninety",
                "targetLow",
                "",
                "targetHigh",
                "",
                "amberThreshold",
                "",
                "reason",
                "",
                "version",
                "two");
        assertThat(target.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#target", "#amberThreshold", "#reason", "#version");
        assertThat(target.select("#target").val()).isEqualTo("ninety");
    }

    @Test
    void reordersTheScorecardAndRetiresAMeasureWithAReasonWithoutDeletingIt() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/measures";
        String first = pages.postAndFollow(base + "/new", newMeasure());
        String second = pages.postAndFollow(
                base + "/new",
                with(newMeasure(), "ref", "P2.12", "title", "Care leavers in education, employment or training"));
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        long secondId = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));
        assertThat(scorecard())
                .containsSubsequence(
                        "% of care leavers in suitable accommodation",
                        "Care leavers in education, employment or training");

        Document list = pages.page(base);
        String[] move = fieldsOf(list, "form[action$='/measures/" + secondId + "/move']");
        assertThat(pages.postAndFollow(base + "/" + secondId + "/move", with(move, "direction", "UP")))
                .isEqualTo(base);
        assertThat(scorecard())
                .containsSubsequence(
                        "Care leavers in education, employment or training",
                        "% of care leavers in suitable accommodation");
        assertThat(pages.page(base).select("tbody tr td.app-ref").eachText()).containsExactly("P2.12", "P2.11");
        pages.postAndFollow(base + "/" + secondId + "/move", with(move, "direction", "DOWN"));
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(scorecard())
                .as("a stale move changes nothing")
                .containsSubsequence(
                        "Care leavers in education, employment or training",
                        "% of care leavers in suitable accommodation");
        pages.postAndFollow(
                base + "/" + secondId + "/move",
                "direction",
                "sideways",
                "version",
                String.valueOf(admin.measure(strategyId, secondId).version()));
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(scorecard())
                .as("a tampered direction moves nothing")
                .containsSubsequence(
                        "Care leavers in education, employment or training",
                        "% of care leavers in suitable accommodation");

        String version = String.valueOf(admin.measure(strategyId, firstId).version());
        String[] retire = fieldsOf(pages.page(first), "form[action$='/active']");
        assertThat(retire).containsSubsequence("archived", "true").containsSubsequence("version", version);
        assertThat(pages.postAndFollow(first + "/active", with(retire, "reason", " ")))
                .isEqualTo(first);
        Document noReason = pages.page(first);
        assertThat(noReason.title()).startsWith("Error: ");
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason-measure");
        assertThat(noReason.select("#reason-measure-error").text()).contains("Enter the reason");
        assertThat(admin.measure(strategyId, firstId).active()).isTrue();
        pages.postAndFollow(first + "/active", with(retire, "reason", "Replaced by the national measure"));
        assertThat(admin.measure(strategyId, firstId).active()).isFalse();
        assertThat(scorecard())
                .doesNotContain("% of care leavers in suitable accommodation")
                .contains("Care leavers in education, employment or training");
        assertThat(pages.page("/strategies/" + slug + "/measures/P2.11").text())
                .as("the retired measure keeps its own page")
                .contains("% of care leavers in suitable accommodation");
        assertThat(pages.page(base).select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("P2.11", "Retired"));
        assertThat(pages.page(first).select("h2#scorecard").text())
                .isEqualTo("Bring the measure back to the scorecard");
        pages.postAndFollow(first + "/active", "archived", "false", "reason", "Back", "version", version);
        assertThat(pages.page(first).select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(admin.measure(strategyId, firstId).active())
                .as("a stale page changes nothing")
                .isFalse();

        pages.postAndFollow(
                first + "/active",
                "archived",
                "false",
                "reason",
                "The board wants it back",
                "version",
                String.valueOf(admin.measure(strategyId, firstId).version()));
        assertThat(scorecard()).contains("% of care leavers in suitable accommodation");

        Document trail = pages.page("/admin/audit", "item", "measure", "itemId", String.valueOf(firstId));
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("REINSTATE measure", "The board wants it back"))
                .anySatisfy(t -> assertThat(t).contains("RETIRE measure", "Replaced by the national measure"))
                .anySatisfy(t -> assertThat(t).contains("MOVE measure", "position"));
    }

    private String scorecard() throws Exception {
        return AdminPages.as(mvc, "admin")
                .page("/strategies/" + slug + "/scorecard")
                .text();
    }
}
