package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A board member before a meeting: which measures got worse in the latest quarter and why, which actions are overdue,
 * how the council compares with its statistical neighbours, and what is being done to keep the promise.
 */
@DemoApplicationTest
class BoardMemberJourneyTest {

    @Autowired
    MockMvc mvc;

    @Test
    void findsWhatGotWorseWhatIsOverdueAndHowTheCouncilCompares() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");

        Document overview = board.page("/strategies/cheshire-east-2018-20");
        String scorecardLink =
                overview.select("nav.app-subnav a:contains(Scorecard)").attr("href");
        assertThat(scorecardLink).isEqualTo("/strategies/cheshire-east-2018-20/scorecard/2019-20-Q3");

        Document scorecard = board.page(scorecardLink);
        assertThat(scorecard.select("h1").text()).isEqualTo("Scorecard, 2019-20 Q3");
        assertThat(scorecard.select(".govuk-warning-text").text()).contains("demo figures");
        assertThat(scorecard.select("table.app-table--scorecard tbody tr:has(td)"))
                .hasSize(56);
        assertThat(scorecard.select("thead th").eachText())
                .contains(
                        "Year end 2018-19",
                        "2019-20 Q1",
                        "2019-20 Q3",
                        "Target",
                        "Status",
                        "Since last period",
                        "Statistical neighbours",
                        "England",
                        "Trend");
        assertThat(row(scorecard, "G1").select(".app-comment").text())
                .as("the officer's comment, under the measure")
                .startsWith("Comment: Discharges driven through the Permanency Forum");
        assertThat(scorecard.select("th[scope=rowgroup]").eachText())
                .as("plan priorities once per run of measures")
                .hasSize(17)
                .allSatisfy(t -> assertThat(t).startsWith("C&YP Plan: ").contains(" · Corporate: "));
        assertThat(scorecard.select("svg.app-sparkline")).isNotEmpty();

        Document worse = board.page(scorecardLink + "?worsening=true");
        Elements worseRows = worse.select("table.app-table--scorecard tbody tr:has(td)");
        assertThat(worseRows).isNotEmpty().hasSizeLessThan(56);
        assertThat(worseRows).allSatisfy(r -> assertThat(r.text()).contains("Worsening"));
        assertThat(worseRows)
                .allSatisfy(r -> assertThat(r.select(".app-reason").text()).isNotBlank());
        assertThat(worse.select("[role=status]").text()).contains("(filtered)");
        assertThat(worse.select("#worsening").hasAttr("checked")).isTrue();

        Document red = board.page(scorecardLink + "?status=RED&priority=2");
        assertThat(red.select("table.app-table--scorecard tbody tr:has(td)"))
                .allSatisfy(r -> assertThat(r.selectFirst("td.app-ref").text()).startsWith("P2."))
                .allSatisfy(r -> assertThat(r.text()).contains("Off track"));

        Document nonsense = board.page(scorecardLink + "?status=<script>&priority=abc");
        assertThat(nonsense.select("table.app-table--scorecard tbody tr:has(td)"))
                .as("meaningless filters are ignored")
                .hasSize(56);

        Element g2 = row(scorecard, "G2");
        assertThat(g2.text()).contains("59", "65");
        Document measure = board.page(g2.select("a").attr("href"));
        assertThat(measure.select("h1").text()).isEqualTo("Rate per 10,000 cared for children");
        assertThat(measure.select("figure.app-chart svg[role=img]")).hasSize(1);
        assertThat(measure.select("figure.app-chart desc").text()).contains("values, from");
        assertThat(measure.select("#values ~ div table tbody tr")).hasSizeGreaterThan(8);
        assertThat(measure.text()).contains("Statistical neighbours", "Demo figure");

        Document plan = board.page("/strategies/cheshire-east-2018-20/actions?period=2019-20-Q3");
        Elements overdue = plan.select("tr.app-row--overdue");
        assertThat(overdue).hasSize(9);
        assertThat(overdue).allSatisfy(r -> assertThat(r.text()).contains("Overdue", "Off track"));
        assertThat(plan.text()).contains("9 overdue");

        Element overdueRef = overdue.first().selectFirst("td.app-ref a");
        Document action = board.page(overdueRef.attr("href"));
        assertThat(action.select("h1").text()).isNotBlank();
        assertThat(action.select(".app-timeline__item")).hasSizeGreaterThan(3);
        assertThat(action.text()).contains("Promises it helps keep", "We will");

        Document byLead = board.page(
                "/strategies/cheshire-east-2018-20/actions",
                "period",
                "2019-20-Q3",
                "lead",
                "Care Leavers Team Manager");
        assertThat(byLead.select("table tbody tr"))
                .hasSize(18)
                .allSatisfy(r -> assertThat(r.text()).contains("Care Leavers Team Manager"));

        Document promise = board.page("/strategies/cheshire-east-2018-20/promise?period=2019-20-Q3");
        assertThat(promise.select("li.app-promise")).hasSize(5);
        assertThat(promise.select("li.app-promise").first().text()).contains("What we are doing: 26 things");
    }

    @Test
    void everyBoardPageHasOneLayoutNavigationBreadcrumbsAndAPrintStylesheet() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        for (String path : new String[] {
            "/strategies/bury-2024-26",
            "/strategies/bury-2024-26/scorecard",
            "/strategies/bury-2024-26/actions",
            "/strategies/bury-2024-26/promise",
            "/strategies/bury-2024-26/measures/M5.1",
            "/strategies/bury-2024-26/actions/5.1",
            "/strategies/bury-2024-26/challenges",
            "/strategies/bury-2024-26/risks"
        }) {
            Document page = board.page(path);
            // Overview, scorecard, action plan, exceptions, promise, the issues and risks log and the challenge log (no
            // self-assessment here)
            assertThat(page.select("nav.app-subnav a")).as(path).hasSize(7);
            assertThat(page.select("nav.govuk-breadcrumbs")).as(path).hasSize(1);
            assertThat(page.select("link[media=print]").attr("href")).isEqualTo("/css/print.css");
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("[style]")).as(path).isEmpty();
        }
        mvc.perform(get("/css/print.css")).andExpect(status().isOk());
        mvc.perform(get("/strategies/bury-2024-26/measures/NOPE").session(board.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategies/bury-2024-26/actions/9.99").session(board.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategies/bury-2024-26/scorecard/2018-19-Q1").session(board.session()))
                .andExpect(status().isNotFound());
    }

    private static Element row(Document page, String ref) {
        return page.select("tr:has(td.app-ref)").stream()
                .filter(r -> r.selectFirst("td.app-ref").text().equals(ref))
                .findFirst()
                .orElseThrow();
    }
}
