package com.cptracker.risks;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An administrator sets the strategy's rating scale, an officer raises a risk linked to a priority and an action, and
 * reviews it twice as its owner (the first review's rating kept beside the second's); a review date passed is flagged
 * in words; the log's filters find it; a board member reads it but may not review it; the owner finds both on My work.
 * The quarter is published: its pack (page and PDF) lists the items open then, and a review and a closing after
 * publishing leave the pack as it was.
 */
// Its own database: it gives the demo strategy a risk scale, which the role matrix reads as absent.
@DemoApplicationTest
@OwnDatabase("risk-log")
class RiskLogJourneyTest {

    static final String SLUG = "cheshire-east-2018-20";
    static final String BASE = "/strategies/" + SLUG + "/risks";
    static final String Q4 = "2019-20-Q4";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void raisedRatedReviewedTwiceAndFiltered() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        SignedIn officer = SignedIn.as(mvc, "officer");
        SignedIn board = SignedIn.as(mvc, "board");
        String scale = "/admin/strategies/" + SLUG + "/risks/scale";
        assertThat(admin.page("/admin/strategies/" + SLUG).select("nav.app-subnav a[href=" + scale + "]"))
                .as("the scale is reached from the strategy's administration")
                .hasSize(1);
        for (String[] step : new String[][] {{"Low", "GREEN"}, {"Medium", "AMBER"}, {"High", "RED"}}) {
            admin.accepted(scale + "/new", "words", step[0], "description", "", "colour", step[1]);
        }
        assertThat(admin.refused(scale + "/new", "words", "HIGH", "colour", "RED")
                        .select(".govuk-error-summary")
                        .text())
                .contains("already has a rating with these words");
        assertThat(admin.refused(scale + "/new", "words", "Extreme", "colour", "NO_DATA")
                        .select(".govuk-error-summary")
                        .text())
                .contains("Choose a colour from the list");
        Document scalePage = admin.page(scale);
        assertThat(scalePage.select("table tbody tr")).hasSize(3);
        assertThat(scalePage.select("nav.app-subnav a[aria-current=page]").text())
                .isEqualTo("Issues and risks scale");

        long strategyId = jdbc.queryForObject("select id from strategy where slug = ?", Long.class, SLUG);
        long officerId = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        long priority = jdbc.queryForObject(
                "select id from priority where strategy_id = ? and number = 1", Long.class, strategyId);
        long action = jdbc.queryForObject(
                "select id from action where strategy_id = ? and ref = '1a'", Long.class, strategyId);
        long medium = level(strategyId, "Medium");
        long high = level(strategyId, "High");

        // A problem on the raising form: every problem listed at once, and what was typed shown back.
        Document refused = board.refused(
                BASE + "/new",
                "kind",
                "RISK",
                "title",
                "Placement sufficiency for older children",
                "description",
                " ",
                "ownerId",
                "not-a-number",
                "reviewDate.day",
                "31",
                "reviewDate.month",
                "2",
                "reviewDate.year",
                "2020");
        assertThat(refused.select(".govuk-error-summary li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(refused.select("input[name=title]").val()).isEqualTo("Placement sufficiency for older children");
        assertThat(refused.select("input[name=reviewDate.day]").val()).isEqualTo("31");

        String item = officer.accepted(
                BASE + "/new",
                "kind",
                "RISK",
                "title",
                "Placement sufficiency for older children",
                "description",
                "Too few local placements for 14 to 17 year olds.",
                "ownerId",
                String.valueOf(officerId),
                "levelId",
                String.valueOf(medium),
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "1",
                "reviewDate.year",
                "2020",
                "priorityIds",
                String.valueOf(priority),
                "actionIds",
                String.valueOf(action));
        long version = jdbc.queryForObject(
                "select version from risk where id = ?", Long.class, Long.parseLong(item.replaceAll(".*/", "")));

        officer.accepted(
                item + "/review",
                "levelId",
                String.valueOf(high),
                "state",
                "OPEN",
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "3",
                "reviewDate.year",
                "2020",
                "note",
                "Two providers withdrew.",
                "version",
                String.valueOf(version));
        Document stale = officer.refused(
                item + "/review",
                "levelId",
                String.valueOf(medium),
                "state",
                "OPEN",
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "6",
                "reviewDate.year",
                "2020",
                "version",
                String.valueOf(version));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        officer.accepted(
                item + "/mitigations/new",
                "doneOn.day",
                "3",
                "doneOn.month",
                "3",
                "doneOn.year",
                "2020",
                "text",
                "Commissioning two local homes.",
                "version",
                String.valueOf(version + 1));
        officer.accepted(
                item + "/review",
                "levelId",
                String.valueOf(medium),
                "state",
                "OPEN",
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "6",
                "reviewDate.year",
                "2099",
                "note",
                "One home opened.",
                "version",
                String.valueOf(version + 1));

        Document page = board.page(item);
        assertThat(page.select("#history tbody tr, h2#history + table tbody tr").text())
                .contains("Raised", "Reviewed", "High", "Medium", "Two providers withdrew.", "One home opened.");
        assertThat(page.text()).contains("Commissioning two local homes.").doesNotContain("Record a review");
        assertThat(page.select(".govuk-summary-list").text()).contains("1a").contains("Medium");

        // a second risk, its review date passed: flagged in words and a symbol
        officer.accepted(
                BASE + "/new",
                "kind",
                "ISSUE",
                "title",
                "Health assessments late",
                "description",
                "Initial health assessments are late.",
                "ownerId",
                String.valueOf(officerId),
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "1",
                "reviewDate.year",
                "2020");
        Document overdue = board.page(BASE + "?overdue=true");
        assertThat(overdue.select("tbody tr")).hasSize(1);
        assertThat(overdue.select("tbody tr").text()).contains("Health assessments late", "⚠ Review overdue");
        Document risksOnly = board.page(BASE + "?kind=RISK&priority=" + priority);
        assertThat(risksOnly.select("tbody tr").text())
                .contains("Placement sufficiency")
                .doesNotContain("Health assessments late");
        assertThat(board.page(BASE + "?kind=nonsense&owner=x").select("tbody tr"))
                .hasSizeGreaterThanOrEqualTo(2);

        assertThat(board.status(item + "/review")).isEqualTo(403);

        // The owner's My work lists both open items, the overdue review flagged, with a link to review each.
        String mine = "section[aria-labelledby=risks-" + SLUG + "]";
        Document my = officer.page("/my");
        assertThat(my.select(mine + " tbody tr")).hasSize(2);
        assertThat(my.select(mine + " .app-row--overdue").text())
                .contains("Health assessments late", "⚠ Review overdue");
        assertThat(my.select(mine + " a[href$=/review]")).hasSize(2);
        assertThat(admin.page("/my").select(mine)).isEmpty();

        // The quarter is published: its pack lists both items as they stand; a review and a closing after it do not
        // alter the pack, though the log shows them.
        publish(admin, strategyId, Q4);
        String pack = "/strategies/" + SLUG + "/pack/" + Q4;
        Document published = board.page(pack);
        String section = published.select("#risks").outerHtml();
        assertThat(published.select("#contents a[href=#risks]").text()).isEqualTo("Issues and risks");
        assertThat(published.select("#risks tbody tr")).hasSize(2);
        assertThat(published.select("#risks tbody tr").text())
                .contains("Placement sufficiency for older children", "Medium", "3 March 2020: Commissioning two")
                .contains("1 June 2099", "Health assessments late", "Not rated", "None recorded")
                .contains("⚠ Review overdue");
        assertThat(pdfText(board, pack + ".pdf"))
                .contains("Issues and risks", "Placement sufficiency for older children", "Review overdue");
        long health = jdbc.queryForObject("select id from risk where title = 'Health assessments late'", Long.class);
        officer.accepted(
                item + "/review",
                "levelId",
                String.valueOf(high),
                "state",
                "OPEN",
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "9",
                "reviewDate.year",
                "2099",
                "note",
                "A third provider withdrew.",
                "version",
                String.valueOf(version + 2));
        officer.accepted(
                BASE + "/" + health + "/close",
                "state",
                "CLOSED",
                "note",
                "Assessments back on time.",
                "version",
                String.valueOf(versionOf(health)));
        assertThat(board.page(pack).select("#risks").outerHtml())
                .as("the published pack's issues and risks")
                .isEqualTo(section);
        assertThat(officer.page("/my").select(mine + " tbody tr")).hasSize(1);
        assertThat(board.page(BASE + "?state=OPEN").select("tbody tr").text())
                .contains("High", "1 September 2099")
                .doesNotContain("Health assessments late");
    }

    private void publish(SignedIn admin, long strategyId, String quarter) throws Exception {
        for (String step : new String[] {"CLOSE", "PUBLISH"}) {
            admin.accepted(
                    "/strategies/" + SLUG + "/quarters/" + quarter,
                    "step",
                    step,
                    "version",
                    String.valueOf(jdbc.queryForObject(
                            "select version from reporting_quarter where strategy_id = ? and period_code = ?",
                            Long.class,
                            strategyId,
                            quarter)));
        }
    }

    /** The text of a PDF the page links to, as a reader of the printed pack reads it. */
    private String pdfText(SignedIn who, String path) throws Exception {
        byte[] pdf = mvc.perform(MockMvcRequestBuilders.get(path).session(who.session()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private long versionOf(long risk) {
        return jdbc.queryForObject("select version from risk where id = ?", Long.class, risk);
    }

    private long level(long strategyId, String words) {
        return jdbc.queryForObject(
                "select id from risk_level where strategy_id = ? and words = ?", Long.class, strategyId, words);
    }
}
