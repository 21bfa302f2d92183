package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Corrections after publishing, on the Bury demo (whose published quarters have no figures yet): a value missing when
 * the quarter was published is supplied with a reason; of two administrators correcting a figure from the same page,
 * the second is refused and keeps what they typed; a published quarter is corrected with a reason, never reopened.
 * Shares its application with {@link PublishedQuarterTest}, which changes only Cheshire East.
 */
@DemoApplicationTest
@OwnDatabase("published-quarter") // corrects Bury's published quarters, which the board tests read as published
class CorrectionsTest {

    static final String SLUG = "bury-2024-26";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuarterService quarters;

    @Test
    void aValueMissingWhenItsQuarterWasPublishedIsSuppliedWithAReasonAndShownAsRevised() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String page = "/strategies/" + SLUG + "/measures/M1.3/corrections/2025-26-Q3";
        assertThat(admin.page("/strategies/" + SLUG + "/measures/M1.3", "period", "2025-26-Q3")
                        .select("a[href=" + page + "]")
                        .text())
                .startsWith("Supply the missing value");
        Document form = admin.page(page);
        assertThat(form.select("h1").text()).isEqualTo("Supply the missing value for 2025-26 Q3");

        Document refused = correct(admin, page, "64.5", "", "-1");
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Give the reason for correcting a figure the board has seen");
        assertThat(refused.select("#value").val()).isEqualTo("64.5");

        mvc.perform(post(page)
                        .session(admin.session())
                        .with(csrf())
                        .param("value", "64.5")
                        .param("reason", "The provider's figure arrived after the board met")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());

        Document scorecard = SignedIn.as(mvc, "board").page("/strategies/" + SLUG + "/scorecard/2025-26-Q3");
        assertThat(scorecard.select("tr:has(td.app-ref:contains(M1.3))").text())
                .contains("64.5")
                .contains("Revised");
        String csv = mvc.perform(get("/strategies/" + SLUG + "/scorecard/2025-26-Q3.csv")
                        .session(SignedIn.as(mvc, "board").session()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains(",M1.3,")))
                .singleElement()
                .asString()
                .as("the scorecard's file, as its page")
                .contains(",64.5,")
                .contains("2025-26 Q3: The provider's figure arrived after the board met");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_label = 'M1.3 2025-26 Q3' "
                                + "and action = 'REVISE' and reason like 'The provider%'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void ofTwoAdministratorsCorrectingOneFigureFromTheSamePageTheSecondIsRefusedAndKeepsWhatTheyTyped()
            throws Exception {
        SignedIn first = SignedIn.as(mvc, "admin");
        SignedIn second = SignedIn.as(mvc, "admin");
        String page = "/strategies/" + SLUG + "/measures/M1.4/corrections/2025-26-Q2";
        correct(first, page, "50", "Supplied late", "-1");
        String version = first.page(page).select("input[name=version]").val();
        assertThat(second.page(page).select("input[name=version]").val()).isEqualTo(version);

        mvc.perform(post(page)
                        .session(first.session())
                        .with(csrf())
                        .param("value", "70")
                        .param("reason", "Recounted")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());
        Document stale = correct(second, page, "71", "Recounted again", version);

        assertThat(stale.select(".govuk-error-summary").text()).contains(ConcurrentChangeException.MESSAGE);
        assertThat(stale.select("#value").val()).isEqualTo("71");
        assertThat(stale.select("#reason").text()).isEqualTo("Recounted again");
        List<String> stored = jdbc.queryForList("""
                select v.value::text || case when v.superseded then ' superseded' else '' end from measure_value v
                join measure m on m.id = v.measure_id join strategy s on s.id = m.strategy_id
                where s.slug = ? and m.ref = 'M1.4' and v.period_code = '2025-26-Q2' order by v.id""", String.class, SLUG);
        assertThat(stored).containsExactlyInAnyOrder("70.0000", "50.0000 superseded");
    }

    @Test
    void aCorrectionListsEveryProblemAtOnceAndKeepsWhatWasTyped() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String page = "/strategies/" + SLUG + "/measures/M1.3/corrections/2025-26-Q3";
        String version = admin.page(page).select("input[name=version]").val();
        int before = jdbc.queryForObject("select count(*) from measure_value", Integer.class);

        Document refused = Jsoup.parse(mvc.perform(post(page)
                        .session(admin.session())
                        .with(csrf())
                        .param("value", "1,5")
                        .param("note", "n".repeat(2001))
                        .param("reason", " ")
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#value", "#note", "#reason");
        assertThat(refused.select("#value-error").text()).contains("as a number, like");
        assertThat(refused.select("#note-error").text()).contains("2,000 characters or fewer");
        assertThat(refused.select("#reason-error").text())
                .contains("Give the reason for correcting a figure the board has seen");
        assertThat(refused.select("#value").val()).isEqualTo("1,5");

        // "low" is no mark of this strategy (its small-number mark is *): neither a figure nor a mark.
        Document both = Jsoup.parse(mvc.perform(post(page)
                        .session(admin.session())
                        .with(csrf())
                        .param("value", "low")
                        .param("reason", "Both")
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(both.select(".govuk-error-summary li").eachText())
                .containsExactly("Enter the figure for M1.3 as a number, like 92.4 or 92.4%, or a mark: c, x, z or *");
        assertThat(both.select("#value").val()).isEqualTo("low");
        assertThat(both.select("#value-hint").text()).isEqualTo("A number, or a mark: c, x, z or *");
        assertThat(jdbc.queryForObject("select count(*) from measure_value", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aPublishedQuarterIsNeverReopenedButCorrectedWithAReasonShownOnItsPages() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        long strategyId = jdbc.queryForObject("select id from strategy where slug = ?", Long.class, SLUG);
        String quarter = "2025-26-Q1";
        String quartersPage = "/strategies/" + SLUG + "/quarters/" + quarter;

        Document reopened = Jsoup.parse(mvc.perform(post(quartersPage)
                        .session(admin.session())
                        .with(csrf())
                        .param("step", "OPEN")
                        .param("deadline.day", "31")
                        .param("deadline.month", "8")
                        .param("deadline.year", "2025")
                        .param("version", version(strategyId, quarter)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(reopened.select(".govuk-error-summary").text()).contains("cannot be opened again");
        assertThat(state(strategyId, quarter)).isEqualTo("PUBLISHED");

        jdbc.update(
                "update action set text = 'Reworded after publishing' where strategy_id = ? and ref = '1.1'",
                strategyId);
        SignedIn board = SignedIn.as(mvc, "board");
        String actionPage = "/strategies/" + SLUG + "/actions/1.1";
        assertThat(board.page(actionPage, "period", quarter).select("h1").text())
                .isNotEqualTo("Reworded after publishing");

        Document noReason = Jsoup.parse(mvc.perform(post(quartersPage)
                        .session(admin.session())
                        .with(csrf())
                        .param("step", "CORRECT")
                        .param("reason", " ")
                        .param("version", version(strategyId, quarter)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noReason.select("#reason-" + quarter + "-error").text())
                .contains("Give the reason for correcting a quarter the board has seen");

        mvc.perform(post(quartersPage)
                        .session(admin.session())
                        .with(csrf())
                        .param("step", "CORRECT")
                        .param("reason", "Action 1.1 was mis-typed")
                        .param("version", version(strategyId, quarter)))
                .andExpect(status().is3xxRedirection());
        Document corrected = board.page(actionPage, "period", quarter);
        assertThat(corrected.select("h1").text()).isEqualTo("Reworded after publishing");
        assertThat(corrected.select(".govuk-inset-text").text())
                .contains("Revised")
                .contains("Action 1.1 was mis-typed");
        byte[] workbook = mvc.perform(get("/strategies/" + SLUG + "/action-plan/" + quarter + ".xlsx")
                        .session(board.session()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> summary = new ArrayList<>();
            xlsx.getSheet("Summary")
                    .forEach(row -> row.forEach(cell -> summary.add(new DataFormatter().formatCellValue(cell))));
            assertThat(summary)
                    .as("the action plan's spreadsheet says it was corrected, and why")
                    .contains("Revised")
                    .anySatisfy(text -> assertThat(text).contains("Action 1.1 was mis-typed"));
        }
        assertThat(board.page(actionPage, "period", "2025-26-Q2").select("h1").text())
                .as("another published quarter is left as the board saw it")
                .isNotEqualTo("Reworded after publishing");
        assertThat(board.page("/strategies/" + SLUG + "/pack/" + quarter)
                        .select(".app-pack__facts")
                        .text())
                .as("the quarter's board pack says on its cover when it was published and revised, and for whom")
                .containsPattern("Published \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .containsPattern("Revised on \\d{1,2} [A-Z][a-z]+ \\d{4}: Action 1.1 was mis-typed")
                .contains("For Corporate Parenting Board");
    }

    private Document correct(SignedIn who, String page, String value, String reason, String version) throws Exception {
        return Jsoup.parse(mvc.perform(post(page)
                        .session(who.session())
                        .with(csrf())
                        .param("value", value)
                        .param("reason", reason)
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String version(long strategyId, String quarter) {
        return String.valueOf(quarters.statuses(strategyId, List.of(ReportingPeriod.parse(quarter)))
                .getFirst()
                .version());
    }

    private String state(long strategyId, String quarter) {
        return quarters.statuses(strategyId, List.of(ReportingPeriod.parse(quarter)))
                .getFirst()
                .state()
                .name();
    }
}
