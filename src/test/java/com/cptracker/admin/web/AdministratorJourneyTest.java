package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.AdminApplicationTest;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator enters a new council's strategy through the screens alone (no demo data, no service calls): the
 * strategy, its governance and a partner, a priority with a commitment, an action, a measure with a target and
 * benchmarks, and a promise, then publishes a quarter. The board's pages then show all of it, and the audit trail
 * holds every change.
 */
@AdminApplicationTest
class AdministratorJourneyTest {

    @Autowired
    MockMvc mvc;

    @Test
    void entersANewStrategyThatTheBoardThenReads() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Document index = admin.page("/admin");
        String addStrategy = admin.page(index.select("h2#strategies a").attr("href"))
                .select("a:contains(Add a strategy)")
                .attr("href");
        assertThat(addStrategy).isEqualTo("/admin/strategies/new");

        String strategy = admin.postAndFollow(
                addStrategy,
                "title",
                "Northvale Corporate Parenting Strategy 2024-2026",
                "subtitle",
                "Our promise to our children",
                "council",
                "Northvale Borough Council",
                "slug",
                "northvale-2024-26",
                "startsOn.day",
                "1",
                "startsOn.month",
                "4",
                "startsOn.year",
                "2024",
                "endsOn.day",
                "31",
                "endsOn.month",
                "3",
                "endsOn.year",
                "2026",
                "status",
                "CURRENT",
                "vision",
                "Every child in our care has a safe, happy home.",
                "contact",
                "",
                "version",
                "");
        assertThat(strategy).isEqualTo("/admin/strategies/northvale-2024-26");

        Document governance = admin.page(admin.page(strategy)
                .select("nav.app-subnav a:contains(Governance)")
                .attr("href"));
        admin.postAndFollow(
                governance.select("a:contains(Add a group)").attr("href"),
                "name",
                "Northvale Corporate Parenting Board",
                "kind",
                "BOARD",
                "reportsToId",
                "",
                "version",
                "");
        String bodyId = admin.page(governance.select("a:contains(Add a group)").attr("href"))
                .select("#reportsToId option:contains(Northvale Corporate Parenting Board)")
                .val();
        admin.postAndFollow(
                governance.select("a:contains(Add a group)").attr("href"),
                "name",
                "Homes and Health group",
                "kind",
                "WORKSTREAM",
                "reportsToId",
                bodyId,
                "chairTitle",
                "Director of Children's Services",
                "version",
                "");
        admin.postAndFollow(
                governance.select("a:contains(Add a partner)").attr("href"),
                "name",
                "Northvale Health Partnership",
                "version",
                "");

        Document priorityForm = admin.page(
                admin.page(strategy).select("a:contains(Add a priority)").attr("href"));
        String workstream = priorityForm
                .select("#workstreamId option:contains(Homes and Health group)")
                .val();
        String partner = priorityForm.select("input[name=partnerIds]").val();
        String priority = admin.postAndFollow(
                "/admin/strategies/northvale-2024-26/priorities/new",
                "label",
                "Pledge",
                "number",
                "1",
                "title",
                "A safe, stable home",
                "statement",
                "",
                "vision",
                "Children live with people who care for them.",
                "challenge",
                "",
                "leadTitle",
                "Head of Children in Care",
                "workstreamId",
                workstream,
                "partnerIds",
                partner,
                "version",
                "");
        admin.postAndFollow(
                admin.page(priority).select("a:contains(Add a statement)").attr("href"),
                "kind",
                "COMMITMENT",
                "text",
                "We will find every child a home close to their school",
                "version",
                "");

        Document actionForm = admin.page("/admin/strategies/northvale-2024-26/actions/new");
        String priorityId =
                actionForm.select("#priorityId option:contains(Pledge 1)").val();
        String commitment = actionForm
                .select("#statementId option:contains(We will find every child a home)")
                .val();
        String action = admin.postAndFollow(
                "/admin/strategies/northvale-2024-26/actions/new",
                "ref",
                "1a",
                "text",
                "Recruit twenty new local foster carers",
                "priorityId",
                priorityId,
                "statementId",
                commitment,
                "due",
                "March 2026",
                "lead1Title",
                "Fostering Service Manager",
                "lead1User",
                "",
                "lead2Title",
                "",
                "lead2User",
                "",
                "lead3Title",
                "",
                "lead3User",
                "",
                "successMeasure",
                "Twenty carers approved",
                "crossReference",
                "",
                "version",
                "");

        String measure = admin.postAndFollow(
                "/admin/strategies/northvale-2024-26/measures/new",
                "ref",
                "NV1",
                "title",
                "% of children placed within 20 miles of home",
                "definition",
                "",
                "priorityId",
                priorityId,
                "statementId",
                commitment,
                "unit",
                "PERCENTAGE",
                "polarity",
                "HIGHER_IS_BETTER",
                "frequency",
                "QUARTERLY",
                "ownerTitle",
                "Head of Children in Care",
                "ownerUserId",
                "",
                "cypPlanPriority",
                "Safe at home",
                "corporatePriority",
                "Thriving children",
                "version",
                "");
        admin.postAndFollow(
                admin.page(measure)
                        .select("a:contains(Set a target for a year)")
                        .attr("href"),
                "year",
                "2025-26",
                "target",
                "85",
                "targetLow",
                "",
                "targetHigh",
                "",
                "amberThreshold",
                "5",
                "reason",
                "Agreed by the board in April 2025",
                "version",
                "");
        admin.postAndFollow(
                measure + "/benchmarks",
                "year",
                "2025-26",
                "statNeighbour",
                "78",
                "national",
                "81",
                "source",
                "LAIT",
                "version",
                "");

        String actionId = action.substring(action.lastIndexOf('/') + 1);
        String measureId = measure.substring(measure.lastIndexOf('/') + 1);
        admin.postAndFollow(
                "/admin/strategies/northvale-2024-26/promises/new",
                "text",
                "We will find you a home near the people who matter to you",
                "actionIds",
                actionId,
                "measureIds",
                measureId,
                "version",
                "");

        String quarters =
                admin.page(strategy).select("a:contains(Reporting quarters)").attr("href");
        assertThat(quarters).isEqualTo("/strategies/northvale-2024-26/quarters");
        for (String[] step : List.of(
                new String[] {"OPEN", "deadline.day", "30", "deadline.month", "4", "deadline.year", "2026"},
                new String[] {"CLOSE"},
                new String[] {"PUBLISH"})) {
            assertThat(admin.quarterStep(quarters, "2025-26-Q4", step[0], Arrays.copyOfRange(step, 1, step.length)))
                    .isEqualTo(quarters);
        }

        AdminPages board = AdminPages.as(mvc, "board");
        Document home = board.page("/");
        assertThat(home.select("table a").eachText()).contains("Northvale Corporate Parenting Strategy 2024-2026");

        Document overview = board.page("/strategies/northvale-2024-26");
        assertThat(overview.select("h1").text()).contains("Northvale Corporate Parenting Strategy 2024-2026");
        assertThat(overview.text())
                .contains(
                        "Pledge 1",
                        "A safe, stable home",
                        "Homes and Health group",
                        "Northvale Health Partnership",
                        "We will find you a home near the people who matter to you");

        Document pledge = board.page("/strategies/northvale-2024-26/priorities/1");
        assertThat(pledge.text())
                .contains(
                        "Children live with people who care for them.",
                        "We will find every child a home close to their school",
                        "Recruit twenty new local foster carers",
                        "Fostering Service Manager",
                        "% of children placed within 20 miles of home");

        Document scorecard = board.page("/strategies/northvale-2024-26/scorecard");
        assertThat(scorecard.select("h1").text()).isEqualTo("Scorecard, 2025-26 Q4");
        List<Element> rows = scorecard.select("table.app-table--scorecard tbody tr:has(td)");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().text())
                .contains("NV1", "% of children placed within 20 miles of home", "85", "78", "81");
        assertThat(scorecard.text()).contains("Pledge 1: A safe, stable home");

        Document plan = board.page("/strategies/northvale-2024-26/actions");
        assertThat(plan.select("td.app-ref").eachText()).containsExactly("1a");
        assertThat(plan.text()).contains("Recruit twenty new local foster carers", "March 2026");

        Document trail = admin.page("/admin/audit", "user", "admin");
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("CREATE strategy", "northvale-2024-26"))
                .anySatisfy(t -> assertThat(t).contains("CREATE governance body", "Homes and Health group"))
                .anySatisfy(t -> assertThat(t).contains("CREATE partner", "Northvale Health Partnership"))
                .anySatisfy(t -> assertThat(t).contains("CREATE priority", "A safe, stable home"))
                .anySatisfy(t -> assertThat(t).contains("CREATE statement", "We will find every child a home"))
                .anySatisfy(t -> assertThat(t).contains("CREATE action", "1a"))
                .anySatisfy(t -> assertThat(t).contains("CREATE measure", "NV1"))
                .anySatisfy(t -> assertThat(t)
                        .contains(
                                "CREATE measure target", "NV1 target for 2025-26", "Agreed by the board in April 2025"))
                .anySatisfy(t -> assertThat(t).contains("CREATE measure benchmark", "NV1"))
                .anySatisfy(t -> assertThat(t).contains("CREATE promise", "We will find you a home"));
    }
}
