package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.support.AdminApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council's measures as its strategy states them, entered through the screens by a new administrator and read back
 * on the board's pages word for word. The excerpt is in the shape councils publish their "how we will know" tables:
 * a target with the figure it starts from ("below 40%, currently 47% in 2023-24"), a benchmark comparison in
 * percentage points, a measure that judges "similar" by its own margin, a qualitative measure rated by its owner and
 * one shown for context only, and a context-only count.
 */
@AdminApplicationTest
class MeasuresAsStatedJourneyTest {

    static final String SLUG = "eastmoor-2024-26";
    static final String ADMIN = "/admin/strategies/" + SLUG;
    static final String BOARD = "/strategies/" + SLUG;
    static final String Q = "2025-26-Q4";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardReadsEachMeasureAsTheStrategyStatesIt() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        admin.postAndFollow(
                "/admin/strategies/new",
                "title",
                "Eastmoor Corporate Parenting Strategy 2024-2026",
                "subtitle",
                "",
                "council",
                "Eastmoor Council",
                "slug",
                SLUG,
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
                "",
                "contact",
                "",
                "version",
                "");
        // The strategy judges "similar" to a benchmark within 2 percentage points, not 5% of the benchmark.
        Document settings = admin.page(BOARD + "/status-settings");
        assertThat(settings.select("input[name=benchmarkMarginUnit]").eachAttr("value"))
                .containsExactly("POINTS", "PERCENT");
        admin.postAndFollow(
                BOARD + "/status-settings",
                "rollUpRule",
                "WORST_OF",
                "benchmarkMarginPercent",
                "2",
                "benchmarkMarginUnit",
                "POINTS",
                "smallNumberMark",
                "*",
                "version",
                settings.select("input[name=version]").val());

        String officer = String.valueOf(
                jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class));
        Document form = admin.page(ADMIN + "/measures/new");
        assertThat(form.getElementById("polarity-hint").text()).contains("Not asked of a qualitative measure");
        assertThat(form.select("input[name=polarity]").eachAttr("value")).doesNotContain("OWNER_RATED");
        String cl1 = measure(
                admin,
                "CL1",
                "% of care leavers aged 19 to 21 not in education, employment or training",
                "PERCENTAGE",
                "LOWER_IS_BETTER",
                "47",
                "2023-24",
                "",
                "",
                officer);
        String cl2 = measure(
                admin,
                "CL2",
                "% of children in care with three or more homes in the year",
                "PERCENTAGE",
                "LOWER_IS_BETTER",
                "12",
                "as at March 2024",
                "10",
                "PERCENT",
                officer);
        measure(
                admin,
                "CL3",
                "Care leavers say they were listened to at their pathway plan review",
                "QUALITATIVE",
                null,
                "",
                "",
                "",
                "",
                officer);
        measure(
                admin,
                "CL4",
                "Number of children in care",
                "NUMBER",
                "CONTEXT_ONLY",
                "312",
                "31 March 2024",
                "",
                "",
                officer);
        measure(
                admin,
                "CL5",
                "A published local offer for care leavers, reviewed with them each year",
                "QUALITATIVE",
                "CONTEXT_ONLY",
                "",
                "",
                "",
                "",
                officer);
        assertThat(jdbc.queryForList(
                        "select polarity from measure m join strategy s on s.id = m.strategy_id where s.slug = ? "
                                + "order by m.ref",
                        String.class,
                        SLUG))
                .as("the qualitative measure never asked which way is better is rated by its owner")
                .containsExactly("LOWER_IS_BETTER", "LOWER_IS_BETTER", "OWNER_RATED", "CONTEXT_ONLY", "CONTEXT_ONLY");
        Document shown = admin.page(cl2);
        assertThat(shown.text()).contains("12%, as at March 2024", "within 10% of the benchmark (its own margin)");

        yearFigures(admin, cl1, "40", "3", "38", "39");
        yearFigures(admin, cl2, "10", "1", "10", "11");

        String quarters = BOARD + "/quarters";
        step(admin, quarters, "OPEN", "deadline.day", "30", "deadline.month", "4", "deadline.year", "2026");
        AdminPages owner = AdminPages.as(mvc, "officer");
        Document values = owner.page(BOARD + "/values");
        String[] fields = AdminPages.fieldsOf(values, "form[action$=/values]");
        String id3 = id("CL3");
        String id5 = id("CL5");
        assertThat(values.getElementById("rows[" + id3 + "].status"))
                .as("CL3 is rated by its owner")
                .isNotNull();
        assertThat(values.getElementById("rows[" + id3 + "].status")
                        .select("option")
                        .eachAttr("value"))
                .containsExactly("", "GREEN", "AMBER", "RED");
        assertThat(values.getElementById("rows[" + id5 + "].status"))
                .as("a context-only qualitative measure is offered no status")
                .isNull();
        List<String> entered = new ArrayList<>(List.of(
                "step",
                "save",
                "rows[" + id("CL1") + "].value",
                "40",
                "rows[" + id("CL2") + "].value",
                "12",
                "rows[" + id("CL2") + "].note",
                "Two sibling groups moved in the year",
                "rows[" + id3 + "].status",
                "AMBER",
                "rows[" + id3 + "].note",
                "Most, not all, said they were listened to",
                "rows[" + id("CL4") + "].value",
                "318",
                "rows[" + id5 + "].note",
                "Published in May 2025; reviewed with the Care Leavers Forum"));
        // A status for the context-only measure, as a file or a hand-made post could send it, is refused.
        List<String> rated = new ArrayList<>(entered);
        rated.addAll(List.of("rows[" + id5 + "].status", "GREEN"));
        Document refused =
                owner.postWithErrors(BOARD + "/values", AdminPages.with(fields, rated.toArray(String[]::new)));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Leave the status of CL5 blank: a context-only measure is never rated");
        owner.postAndFollow(BOARD + "/values", AdminPages.with(fields, entered.toArray(String[]::new)));
        step(admin, quarters, "CLOSE");
        step(admin, quarters, "PUBLISH");

        AdminPages board = AdminPages.as(mvc, "board");
        Document scorecard = board.page(BOARD + "/scorecard/" + Q);
        assertThat(row(scorecard, "CL1"))
                .contains("Baseline 47%, 2023-24", "40", "On track")
                .as("40 against 38 and 39: within 2 points of each")
                .contains("Similar");
        assertThat(row(scorecard, "CL2"))
                .contains("Baseline 12%, as at March 2024", "Off track")
                .as("12 against 10, lower is better: beyond its own 10% (1), though within the strategy's 2 points")
                .contains("Worse");
        assertThat(row(scorecard, "CL3")).contains("At risk", "Rated by its owner");
        assertThat(row(scorecard, "CL4")).contains("Baseline 312, 31 March 2024", "318", "Not rated");
        assertThat(row(scorecard, "CL5")).contains("Not rated").doesNotContain("On track");

        Document page = board.page(BOARD + "/measures/CL2", "period", Q);
        assertThat(page.select(".govuk-summary-list__row:has(dt:containsOwn(Baseline)) dd")
                        .text())
                .isEqualTo("12%, as at March 2024");
        assertThat(page.text()).contains("similar within 10% of the benchmark", "Baseline 12%, as at March 2024.");

        String csv = mvc.perform(get(BOARD + "/scorecard/" + Q + ".csv").session(board.session()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Baseline", "Baseline when", "as at March 2024", "within 2 percentage points");

        Document help = board.page(
                scorecard.select("a:contains(worked out in this strategy)").attr("href"));
        assertThat(help.text())
                .contains("In Eastmoor Corporate Parenting Strategy 2024-2026, within 2 in the measure’s own units")
                .contains("CL2 within 10% of the benchmark")
                .doesNotContain("Within 5%");
    }

    @Test
    void aBaselineOrMarginTypedWrongIsRefusedBesideItsFieldAndShownBack() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String strategy = "/admin/strategies/cheshire-east-2018-20/measures/new";
        Document page = admin.postWithErrors(
                strategy,
                "ref",
                "ZZ9",
                "title",
                "A measure",
                "unit",
                "PERCENTAGE",
                "frequency",
                "QUARTERLY",
                "baselineValue",
                "12 percent",
                "baselineWhen",
                "2023-24",
                "benchmarkMargin",
                "2",
                "benchmarkMarginUnit",
                "",
                "version",
                "");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#polarity", "#baselineValue", "#benchmarkMarginUnit");
        assertThat(page.getElementById("baselineValue-error").text()).contains("Enter the baseline as a number");
        assertThat(page.getElementById("baselineValue").val()).isEqualTo("12 percent");
        assertThat(page.getElementById("baselineWhen").val()).isEqualTo("2023-24");
        assertThat(page.getElementById("benchmarkMargin").val()).isEqualTo("2");

        Document qualitative = admin.postWithErrors(
                strategy,
                "ref",
                "ZZ9",
                "title",
                "Feedback from young people",
                "unit",
                "QUALITATIVE",
                "frequency",
                "ANNUAL",
                "baselineValue",
                "",
                "baselineWhen",
                "2023-24",
                "benchmarkMargin",
                "",
                "benchmarkMarginUnit",
                "POINTS",
                "version",
                "");
        assertThat(qualitative.select(".govuk-error-summary a").eachAttr("href"))
                .as("a qualitative measure is refused nothing about which way is better")
                .containsExactlyInAnyOrder("#baselineValue", "#benchmarkMargin");
        assertThat(jdbc.queryForObject("select count(*) from measure where ref = 'ZZ9'", Integer.class))
                .isZero();
    }

    private String measure(
            AdminPages admin,
            String ref,
            String title,
            String unit,
            String polarity,
            String baseline,
            String when,
            String margin,
            String marginUnit,
            String owner)
            throws Exception {
        List<String> params = new ArrayList<>(List.of(
                "ref",
                ref,
                "title",
                title,
                "definition",
                "",
                "priorityId",
                "",
                "statementId",
                "",
                "unit",
                unit,
                "frequency",
                "QUARTERLY",
                "baselineValue",
                baseline,
                "baselineWhen",
                when,
                "benchmarkMargin",
                margin,
                "benchmarkMarginUnit",
                marginUnit,
                "ownerTitle",
                "Head of Service, Children in Care",
                "ownerUserId",
                owner,
                "cypPlanPriority",
                "",
                "corporatePriority",
                "",
                "version",
                ""));
        if (polarity != null) {
            params.addAll(List.of("polarity", polarity));
        }
        return admin.postAndFollow(ADMIN + "/measures/new", params.toArray(String[]::new));
    }

    private static void yearFigures(
            AdminPages admin, String measure, String target, String amber, String neighbours, String national)
            throws Exception {
        admin.postAndFollow(
                measure + "/targets",
                "year",
                "2025-26",
                "target",
                target,
                "targetLow",
                "",
                "targetHigh",
                "",
                "amberThreshold",
                amber,
                "reason",
                "As the strategy states it",
                "version",
                "");
        admin.postAndFollow(
                measure + "/benchmarks",
                "year",
                "2025-26",
                "statNeighbour",
                neighbours,
                "national",
                national,
                "source",
                "LAIT",
                "version",
                "");
    }

    private String id(String ref) {
        return String.valueOf(jdbc.queryForObject(
                "select m.id from measure m join strategy s on s.id = m.strategy_id where s.slug = ? and m.ref = ?",
                Long.class,
                SLUG,
                ref));
    }

    private static String row(Document scorecard, String ref) {
        Element cell = scorecard
                .select("table.app-table--scorecard td.app-ref:containsOwn(" + ref + ")")
                .first();
        assertThat(cell).as(ref + " on the scorecard").isNotNull();
        return cell.parent().text();
    }

    private static void step(AdminPages admin, String quarters, String step, String... more) throws Exception {
        Document page = admin.page(quarters);
        String version = page.select("form[action=" + quarters + "/" + Q + "] input[name=version]")
                .val();
        List<String> params = new ArrayList<>(List.of("step", step, "version", version));
        params.addAll(List.of(more));
        assertThat(admin.postAndFollow(quarters + "/" + Q, params.toArray(String[]::new)))
                .isEqualTo(quarters);
    }
}
