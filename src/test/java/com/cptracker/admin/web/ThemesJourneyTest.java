package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestStrategies;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A strategy of another council's shape entered through the screens as a new administrator would: two numbered
 * pledges and a cross-cutting theme, "Health and wellbeing", with its own outcome statement, action and measure (an
 * excerpt in the shape of a pledge-based action plan with a theme running through it, such as Bracknell Forest's
 * 2025-2028 plan). Read back on the board's pages, every word as written: the theme is its own section after the
 * pledges, headed by its label and title with no number, filterable, counted in a row of its own; a published quarter
 * keeps the theme as it stood.
 */
@AdminApplicationTest
class ThemesJourneyTest {

    static final String Q1 = "2024-25-Q1";
    static final String Q2 = "2024-25-Q2";
    static final String THEME = "Cross-cutting theme: Health and wellbeing";
    static final String STATEMENT =
            "Children and young people in our care are supported to manage their physical and mental wellbeing";
    static final String ACTION = "Every child in care has a review health assessment on time, and sees its results";
    static final String MEASURE = "% of children in care with an up-to-date review health assessment";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    StrategyService strategies;

    String slug;
    AdminPages admin;

    @BeforeEach
    void aStrategyWithPledgesAndATheme() throws Exception {
        slug = "themes-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Corporate Parenting Strategy", StrategyStatus.CURRENT));
        admin = AdminPages.as(mvc, "admin");
        String priorities = "/admin/strategies/" + slug + "/priorities";
        priority(priorities, "Pledge", "6", "Support you to get the education and training you need");
        priority(priorities, "Pledge", "7", "Offer opportunities for you to manage your wellbeing");

        Document newTheme = admin.page(priorities + "/new", "kind", "THEME");
        assertThat(newTheme.select("h1").text()).isEqualTo("Add a theme");
        assertThat(newTheme.select("#kind-THEME").hasAttr("checked")).isTrue();
        assertThat(newTheme.select("#number").val()).as("a theme has no number").isEmpty();
        String theme = admin.postAndFollow(
                priorities + "/new",
                with(
                        fieldsOf(newTheme, "main form"),
                        "label",
                        "Cross-cutting theme",
                        "title",
                        "Health and wellbeing",
                        "leadTitle",
                        "Designated Nurse for Children in Care"));
        admin.postAndFollow(theme + "/statements/new", "kind", "OUTCOME_STATEMENT", "text", STATEMENT, "version", "");
        Document themePage = admin.page(theme);
        assertThat(themePage.select(".govuk-caption-l").text()).isEqualTo("Cross-cutting theme");
        assertThat(themePage.text()).contains("Theme: no number, listed after the priorities");

        Document action = admin.page("/admin/strategies/" + slug + "/actions/new");
        admin.postAndFollow(
                "/admin/strategies/" + slug + "/actions/new",
                with(
                        fieldsOf(action, "main form"),
                        "ref",
                        "H1",
                        "text",
                        ACTION,
                        "priorityId",
                        option(action, "priorityId", THEME),
                        "statementId",
                        option(action, "statementId", "Cross-cutting theme: " + STATEMENT.substring(0, 40)),
                        "due",
                        "March 2025",
                        "lead1Title",
                        "Designated Nurse for Children in Care"));
        Document measure = admin.page("/admin/strategies/" + slug + "/measures/new");
        admin.postAndFollow(
                "/admin/strategies/" + slug + "/measures/new",
                with(
                        fieldsOf(measure, "main form"),
                        "ref",
                        "H.1",
                        "title",
                        MEASURE,
                        "priorityId",
                        option(measure, "priorityId", THEME),
                        "unit",
                        "PERCENTAGE",
                        "polarity",
                        "HIGHER_IS_BETTER",
                        "frequency",
                        "QUARTERLY"));
    }

    @Test
    void theThemeIsItsOwnSectionAfterThePledgesOnEveryBoardPage() throws Exception {
        Document list = admin.page("/admin/strategies/" + slug);
        assertThat(list.select("#priorities ~ table")
                        .first()
                        .select("tbody tr td:first-child")
                        .eachText())
                .containsExactly(
                        "Pledge 6: Support you to get the education and training you need",
                        "Pledge 7: Offer opportunities for you to manage your wellbeing");
        assertThat(list.select("#themes ~ table")
                        .first()
                        .select("tbody tr td:first-child")
                        .eachText())
                .containsExactly(THEME);

        publish(Q1);
        SignedIn board = SignedIn.as(mvc, "board");
        Document card = board.page("/strategies/" + slug + "/scorecard/" + Q1);
        assertThat(card.select("section h2").eachText()).containsExactly(THEME);
        assertThat(card.select("#theme-1").text()).isEqualTo(THEME);
        assertThat(card.select("#theme-1 ~ div").text()).contains("H.1", MEASURE);
        assertThat(card.select("#summary ~ div tbody th, #summary + div tbody th")
                        .eachText())
                .as("the status counts have a row for the theme after the pledges")
                .contains(
                        "Pledge 6: Support you to get the education and training you need",
                        "Pledge 7: Offer opportunities for you to manage your wellbeing",
                        THEME);
        assertThat(card.select("select#priority option").eachText())
                .containsExactly("All priorities and themes", "Pledge 6", "Pledge 7", THEME);
        assertThat(card.select("label[for=priority]").text()).isEqualTo("Priority or theme");

        Document plan = board.page("/strategies/" + slug + "/actions", "period", Q1);
        assertThat(plan.select("section h2").eachText()).containsExactly(THEME);
        assertThat(plan.select("#theme-1 ~ *").text()).contains("H1", ACTION, STATEMENT, "Designated Nurse");
        Document onlyTheme = board.page("/strategies/" + slug + "/actions", "period", Q1, "priority", "t1");
        assertThat(onlyTheme.select("#theme-1").text()).isEqualTo(THEME);
        assertThat(onlyTheme.select("select#priority option[selected]").text()).isEqualTo(THEME);
        Document onlyPledge = board.page("/strategies/" + slug + "/scorecard/" + Q1, "priority", "6");
        assertThat(onlyPledge.select("#theme-1")).as("filtered to pledge 6").isEmpty();

        Document overview = board.page("/strategies/" + slug, "period", Q1);
        assertThat(overview.select("#priorities").text()).startsWith("Priorities and themes in");
        Element row = overview.select("#priorities ~ table tbody tr").get(2);
        assertThat(row.select("th a").text()).isEqualTo(THEME);
        assertThat(row.select("th a").attr("href")).startsWith("/strategies/" + slug + "/themes/1");

        Document themePage = board.page("/strategies/" + slug + "/themes/1", "period", Q1);
        assertThat(themePage.select("h1").text()).isEqualTo("Cross-cutting theme Health and wellbeing");
        assertThat(themePage.text()).contains(STATEMENT, ACTION, MEASURE, "Designated Nurse for Children in Care");
        assertThatThrownBy(() -> board.page("/strategies/" + slug + "/themes/2", "period", Q1))
                .hasMessageContaining("answered 404");
        assertThat(board.page("/strategies/" + slug + "/actions/H1", "period", Q1)
                        .select(".govuk-caption-l")
                        .text())
                .isEqualTo("Action H1, " + THEME);
    }

    @Test
    void aPublishedQuarterKeepsTheThemeAsItStood() throws Exception {
        publish(Q1);
        String theme = admin.page("/admin/strategies/" + slug)
                .select("#themes ~ table a")
                .first()
                .attr("href");
        Document edit = admin.page(theme + "/edit");
        assertThat(edit.select("#kind-THEME").hasAttr("checked")).isTrue();
        admin.postAndFollow(
                theme + "/edit", with(fieldsOf(edit, "main form"), "label", "Golden thread", "title", "Being healthy"));
        openQuarter(Q2, "10");

        SignedIn board = SignedIn.as(mvc, "board");
        assertThat(board.page("/strategies/" + slug + "/actions", "period", Q1)
                        .select("#theme-1")
                        .text())
                .isEqualTo(THEME);
        assertThat(admin.page("/strategies/" + slug + "/actions", "period", Q2)
                        .select("#theme-1")
                        .text())
                .isEqualTo("Golden thread: Being healthy");
    }

    @Test
    void aPriorityNeedsItsNumberAndAThemeKeepsItsPlaceAmongTheThemes() throws Exception {
        String priorities = "/admin/strategies/" + slug + "/priorities";
        Document noNumber = admin.postWithErrors(
                priorities + "/new",
                with(fieldsOf(admin.page(priorities + "/new"), "main form"), "number", "", "title", "Keep you safe"));
        assertThat(noNumber.select("#number-error").text()).contains("Enter the number, like 3");
        assertThat(noNumber.select("#title").val()).isEqualTo("Keep you safe");

        Document second = admin.page(priorities + "/new", "kind", "THEME");
        assertThat(second.select("#label").val())
                .as("the council's label for its themes is offered again")
                .isEqualTo("Cross-cutting theme");
        admin.postAndFollow(
                priorities + "/new",
                with(fieldsOf(second, "main form"), "title", "Participation and the voice of the child"));
        Document list = admin.page("/admin/strategies/" + slug);
        assertThat(list.select("#themes ~ table")
                        .first()
                        .select("tbody tr td:first-child")
                        .eachText())
                .containsExactly(THEME, "Cross-cutting theme: Participation and the voice of the child");
        Element move = list.select("#themes ~ table").first().select("tbody tr").get(1);
        admin.postAndFollow(
                move.select("form").attr("action"),
                "direction",
                "UP",
                "version",
                move.select("input[name=version]").val());
        assertThat(admin.page("/admin/strategies/" + slug)
                        .select("#themes ~ table")
                        .first()
                        .select("tbody tr td:first-child")
                        .eachText())
                .containsExactly("Cross-cutting theme: Participation and the voice of the child", THEME);
        assertThat(strategies.prioritiesOf(strategies.bySlug(slug).id()).stream()
                        .map(p -> p.name())
                        .toList())
                .as("the pledges keep their numbers")
                .containsExactly("Pledge 6", "Pledge 7", "Cross-cutting theme", "Cross-cutting theme");
    }

    private void priority(String base, String label, String number, String title) throws Exception {
        admin.postAndFollow(
                base + "/new",
                with(
                        fieldsOf(admin.page(base + "/new"), "main form"),
                        "label",
                        label,
                        "number",
                        number,
                        "title",
                        title));
    }

    private static String option(Document page, String select, String startingWith) {
        return page.select("select#" + select + " option").stream()
                .filter(o -> o.text().startsWith(startingWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + startingWith + " in "
                        + page.select("select#" + select).text()))
                .val();
    }

    private void publish(String code) throws Exception {
        openQuarter(code, "7");
        step(code, "CLOSE");
        step(code, "PUBLISH");
    }

    private void openQuarter(String code, String deadlineMonth) throws Exception {
        step(code, "OPEN", "deadline.day", "31", "deadline.month", deadlineMonth, "deadline.year", "2024");
    }

    private void step(String code, String step, String... more) throws Exception {
        String action = "/strategies/" + slug + "/quarters/" + code;
        String version = admin.page("/strategies/" + slug + "/quarters")
                .select("form[action=" + action + "] input[name=version]")
                .first()
                .val();
        String[] params = with(new String[] {"step", step, "version", version}, more);
        admin.postAndFollow(action, params);
    }
}
