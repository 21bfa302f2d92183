package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.status.Mark;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A value withheld with a mark is shown as its mark on every page, with its meaning as the abbreviation's title, and
 * never as a number: the demo's P4.5 (care leavers, Pledge 4) is withheld in 2019-20 Q1, marked c.
 */
@DemoApplicationTest
class MarksOnPagesTest {

    static final String S = "/strategies/cheshire-east-2018-20";
    static final String Q = "2019-20-Q1";

    @Autowired
    MockMvc mvc;

    @Test
    void theScorecardShowsTheMarkUnratedWithItsMeaning() throws Exception {
        Document page = SignedIn.as(mvc, "board").page(S + "/scorecard/" + Q);
        Element row = StatusOnBoardPagesTest.row(page, "P4.5");
        assertConfidential(row.select("abbr.app-mark"));
        assertThat(row.selectFirst(".app-status").text()).contains("Not rated");
    }

    @Test
    void theMeasurePageShowsTheMarkInItsTablesAndDrawsNoPointForIt() throws Exception {
        Document page = SignedIn.as(mvc, "board").page(S + "/measures/P4.5", "period", Q);
        assertConfidential(page.select("dl abbr.app-mark"));
        assertConfidential(
                page.select("table:has(th:containsOwn(Entered by)) tr:has(td:containsOwn(2019-20 Q1)) abbr"));
        assertThat(page.select("svg title:containsOwn(2019-20 Q1)"))
                .as("no point on the chart for the marked period")
                .isEmpty();
        assertThat(page.text()).contains("withheld with a mark or in words and not plotted");
    }

    @Test
    void thePriorityPageAndTheBoardPackShowTheMark() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        Document priority = board.page(S + "/priorities/4", "period", Q);
        assertConfidential(
                priority.select("tr:has(td:containsOwn(P4.5)) abbr.app-mark, tr:contains(P4.5) abbr.app-mark"));
        Document pack = board.page(S + "/pack/" + Q);
        assertThat(pack.select("abbr.app-mark").eachText()).contains("c");
        assertConfidential(pack.select("table tr:has(th:containsOwn(2019-20 Q1)) abbr.app-mark"));
        assertThat(mvc.perform(get(S + "/pack/" + Q + ".pdf").session(board.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the PDF of a pack with a mark")
                .isEqualTo(200);
    }

    @Test
    void theCorrectionPageShowsTheMarkInTheFigureBox() throws Exception {
        Document page = SignedIn.as(mvc, "admin").page(S + "/measures/P4.5/corrections/" + Q);
        assertConfidential(page.select("p abbr.app-mark"));
        assertThat(page.getElementById("value").val()).isEqualTo("c");
        assertThat(page.select("input[type=checkbox]"))
                .as("no suppressed checkbox")
                .isEmpty();
        assertThat(page.getElementById("value-hint").text()).isEqualTo("A number, or a mark: c, x, z or *");
    }

    @Test
    void theHelpPageSaysWhatEachMarkMeans() throws Exception {
        Element marks = SignedIn.as(mvc, "board").page("/help/status").selectFirst("section:has(h2#marks)");
        assertThat(marks).isNotNull();
        for (Mark m : Mark.values()) {
            assertThat(marks.text()).contains(m.meaning());
        }
        assertThat(marks.text()).contains("c: ", "x: ", "z: ", "The small-number mark, * unless");
    }

    private static void assertConfidential(Elements marks) {
        assertThat(marks).isNotEmpty();
        marks.forEach(m -> {
            assertThat(m.text()).isEqualTo("c");
            assertThat(m.attr("title")).isEqualTo(Mark.CONFIDENTIAL.meaning());
        });
    }
}
