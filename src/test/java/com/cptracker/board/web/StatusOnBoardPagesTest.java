package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.StatusSettings;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The statuses the rules give are what the pages show, and an administrator can change how they roll up. */
@DemoApplicationTest
class StatusOnBoardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyService strategies;

    @Test
    void aPriorityPageShowsEachMeasuresValueTargetStatusAndWhy() throws Exception {
        Document page =
                SignedIn.as(mvc, "board").page("/strategies/cheshire-east-2018-20/priorities/1?period=2018-19-Q1");
        assertThat(page.select("h2#progress").text()).isEqualTo("Progress in 2018-19 Q1");
        Element p13 = row(page, "P1.3");
        assertThat(p13.text())
                .contains(
                        "92.4%",
                        "95",
                        "Amber within 5",
                        "At risk",
                        "92.4 is below the target of 95 by 2.6, within the amber threshold of 5.",
                        "Improving");
        assertThat(p13.select("a.app-status-link").attr("href")).isEqualTo("/help/status#status-amber");
        assertThat(page.select("#period option[selected]").attr("value")).isEqualTo("2018-19-Q1");
    }

    @Test
    void withoutAPeriodTheLatestQuarterThisPersonMaySeeIsShown() throws Exception {
        Document page = SignedIn.as(mvc, "board").page("/strategies/cheshire-east-2018-20");
        assertThat(page.select("h2#priorities").text())
                .as("the last published quarter")
                .isEqualTo("Priorities in 2019-20 Q3");
        assertThat(page.select("#period option")).extracting(e -> e.val()).doesNotContain("2019-20-Q4");
        Document officer = SignedIn.as(mvc, "officer").page("/strategies/cheshire-east-2018-20");
        assertThat(officer.select("h2#priorities").text())
                .as("officers also see the open quarter")
                .isEqualTo("Priorities in 2019-20 Q4");
        assertThat(officer.select(".govuk-notification-banner").text())
                .contains("2019-20 Q4 is open for updates and not yet published", "Updates are due by 30 April 2020");
        assertThat(page.select("table.app-table").first().select("tbody tr")).hasSize(6);
        assertThat(page.select(".app-total-row").text()).contains("Whole strategy");
    }

    @Test
    void aPeriodOutsideTheStrategyIsNotFound() throws Exception {
        var session = SignedIn.as(mvc, "board").session();
        mvc.perform(get("/strategies/cheshire-east-2018-20?period=2024-25-Q1").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategies/cheshire-east-2018-20?period=<b>").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategies/cheshire-east-2018-20/scorecard/2019-20-Q4")
                        .session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHelpPageIsReachableFromEveryStatusAndExplainsEachOne() throws Exception {
        Document help = SignedIn.as(mvc, "board").page("/help/status");
        for (var s : Status.values()) {
            assertThat(help.getElementById(s.helpAnchor())).as(s.name()).isNotNull();
        }
        assertThat(help.select("#measure-status ~ table").first().text())
                .contains("value 90", "At risk", "within the amber threshold of 5");
    }

    @Test
    void onlyAnAdministratorChangesTheRollUpRuleAndBadInputChangesNothing() throws Exception {
        var board = SignedIn.as(mvc, "board").session();
        mvc.perform(get("/strategies/bury-2024-26/status-settings").session(board))
                .andExpect(status().isForbidden());
        mvc.perform(post("/strategies/bury-2024-26/status-settings")
                        .session(board)
                        .with(csrf())
                        .param("rollUpRule", "MAJORITY")
                        .param("benchmarkMarginPercent", "5")
                        .param("benchmarkMarginUnit", "PERCENT")
                        .param("version", "0"))
                .andExpect(status().isForbidden());

        SignedIn admin = SignedIn.as(mvc, "admin");
        Document form = admin.page("/strategies/bury-2024-26/status-settings");
        String version = form.select("input[name=version]").val();
        assertThat(form.select("input[name=rollUpRule][checked]").val()).isEqualTo("WORST_OF");

        String bad = mvc.perform(post("/strategies/bury-2024-26/status-settings")
                        .session(admin.session())
                        .with(csrf())
                        .param("rollUpRule", "MAJORITY")
                        .param("benchmarkMarginPercent", "five%<b>")
                        .param("benchmarkMarginUnit", "PERCENT")
                        .param("version", version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document errors = Jsoup.parse(bad);
        assertThat(errors.title()).startsWith("Error: ");
        assertThat(errors.select(".govuk-error-summary a").attr("href")).isEqualTo("#benchmarkMarginPercent");
        assertThat(errors.select("#benchmarkMarginPercent").val())
                .as("input kept")
                .isEqualTo("five%<b>");
        assertThat(errors.select("#benchmarkMarginPercent").attr("aria-describedby"))
                .contains("benchmarkMarginPercent-error");
        assertThat(settings().rollUpRule().name()).isEqualTo("WORST_OF");

        mvc.perform(post("/strategies/bury-2024-26/status-settings")
                        .session(admin.session())
                        .with(csrf())
                        .param("rollUpRule", "PROPORTION_GREEN")
                        .param("benchmarkMarginPercent", "2.5")
                        .param("benchmarkMarginUnit", "PERCENT")
                        .param("smallNumberMark", "low")
                        .param("version", version))
                .andExpect(redirectedUrl("/strategies/bury-2024-26"));
        assertThat(settings().rollUpRule().name()).isEqualTo("PROPORTION_GREEN");
        Document trail = admin.page("/admin/audit", "user", "admin", "item", "strategy");
        assertThat(trail.select("tbody tr").first().text())
                .contains(
                        "admin",
                        "UPDATE strategy",
                        "roll-up rule",
                        "Worst of",
                        "Proportion green",
                        "benchmark margin",
                        "5% of the benchmark",
                        "2.5% of the benchmark",
                        "small-number mark",
                        "low");

        String stale = mvc.perform(post("/strategies/bury-2024-26/status-settings")
                        .session(admin.session())
                        .with(csrf())
                        .param("rollUpRule", "MAJORITY")
                        .param("benchmarkMarginPercent", "5")
                        .param("benchmarkMarginUnit", "PERCENT")
                        .param("smallNumberMark", "*")
                        .param("version", version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(stale).select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(settings().rollUpRule().name())
                .as("the second, stale save did not overwrite the first")
                .isEqualTo("PROPORTION_GREEN");

        mvc.perform(post("/strategies/bury-2024-26/status-settings")
                .session(admin.session())
                .with(csrf())
                .param("rollUpRule", "WORST_OF")
                .param("benchmarkMarginPercent", "5")
                .param("benchmarkMarginUnit", "PERCENT")
                .param("smallNumberMark", "*")
                .param("version", String.valueOf(settings().version())));
        assertThat(settings().smallNumberMark())
                .as("put back for the other tests")
                .isEqualTo("*");
    }

    private StatusSettings settings() {
        return strategies.statusSettings(strategies.bySlug("bury-2024-26").id());
    }

    /** The scorecard's or a priority page's row of a measure, by its ref. */
    static Element row(Document page, String ref) {
        return page.select("tr:has(td.app-ref)").stream()
                .filter(r -> r.selectFirst("td.app-ref").text().equals(ref))
                .findFirst()
                .orElseThrow();
    }
}
