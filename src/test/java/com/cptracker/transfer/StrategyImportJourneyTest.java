package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.cptracker.common.web.Download;
import com.cptracker.jobs.JobRunner;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import com.cptracker.support.Uploads;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An administrator enters a strategy that is not among the shipped ones from a workbook, as a new administrator would:
 * downloads the template, types the document into it, uploads it, reads the check's preview, confirms, and reads the
 * strategy back on its pages; then uploads the same workbook again, which would change nothing.
 */
@DemoApplicationTest
class StrategyImportJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRunner runner;

    @Autowired
    StrategyService strategies;

    @Autowired
    JdbcTemplate jdbc;

    SignedIn admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignedIn.as(mvc, "admin");
    }

    @Test
    void aStrategyTypedIntoTheTemplateIsImportedAfterItsPreviewAndReadsBackOnItsPages() throws Exception {
        assertThat(admin.page("/admin/strategies").select("a[href=/admin/import/template.xlsx]"))
                .isNotEmpty();
        var template = mvc.perform(MockMvcRequestBuilders.get("/admin/import/template.xlsx")
                        .session(admin.session()))
                .andReturn()
                .getResponse();
        assertThat(template.getContentType()).isEqualTo(Download.XLSX.toString());
        byte[] file = NorthshireWorkbook.typedInto(template.getContentAsByteArray());

        Document preview = checked(upload("northshire.xlsx", file));
        assertThat(preview.select("h1").text()).isEqualTo("Check the import");
        assertThat(preview.select(".govuk-error-summary")).isEmpty();
        assertThat(preview.select(".govuk-summary-list").text())
                .contains(
                        "Corporate Parenting Strategy 2025-2028 (a new strategy, web address name northshire-2025-28)")
                .contains("To create 32 items");
        assertThat(strategies.findBySlug(NorthshireWorkbook.SLUG))
                .as("nothing before confirming")
                .isEmpty();

        String job = confirm(preview);
        runner.runPending();
        Document done = admin.page(job);
        assertThat(done.select("main").text()).contains("Imported Corporate Parenting Strategy 2025-2028");
        assertThat(done.select("a[href=/admin/strategies/northshire-2025-28]")).isNotEmpty();

        Document overview = admin.page("/strategies/northshire-2025-28");
        assertThat(overview.select("main").text())
                .contains(
                        "Outcome 1",
                        "A good, safe home",
                        "Outcome 2",
                        "Healthy and achieving",
                        "Foreword",
                        "What children told us");
        Document actions = admin.page("/admin/strategies/northshire-2025-28/actions");
        assertThat(actions.select("main").text())
                .contains("1.1a", "1.2a", "2.1a", "2.1b", "Fostering Team Manager; Communications Manager");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'IMPORT' and reason = 'Imported from northshire.xlsx'",
                        Integer.class))
                .isEqualTo(1);

        Document again = checked(upload("northshire.xlsx", file));
        assertThat(again.select(".govuk-inset-text").text())
                .as(again.select("main").text())
                .contains("importing it would change nothing");
        assertThat(again.select("form button")).extracting(e -> e.text()).doesNotContain("Import the workbook");
    }

    @Test
    void aWorkbookWithProblemsListsEachBySheetRowAndColumnAndCannotBeConfirmed() throws Exception {
        byte[] file = Workbooks.edit(NorthshireWorkbook.typedInto(StrategyWorkbook.write(null, "Template")), b -> {
            Workbooks.set(b, "Strategy", 1, 0, "broken-2025-28");
            Workbooks.set(b, "Actions", 2, 4, "Sometime soon");
            Workbooks.set(b, "Measures", 3, 5, "Percent");
        });
        Document preview = checked(upload("broken.xlsx", file));
        assertThat(preview.select(".govuk-error-summary").text())
                .as(preview.select("#problems").text())
                .contains("The workbook has 2 problems");
        assertThat(preview.select("#problems tbody tr").eachText())
                .anySatisfy(r -> assertThat(r).startsWith("Actions 3 Completion date"))
                .anySatisfy(r -> assertThat(r).startsWith("Measures 4 Unit Choose the unit from the list"));
        assertThat(preview.select("button:contains(Import the workbook)")).isEmpty();
        assertThat(strategies.findBySlug("broken-2025-28")).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedBesideTheFieldWithoutStartingAJob() throws Exception {
        Integer jobsBefore = jdbc.queryForObject("select count(*) from job", Integer.class);
        var response = mvc.perform(MockMvcRequestBuilders.multipart("/admin/import")
                        .file(new MockMultipartFile(
                                "file", "notes.xlsx", "application/octet-stream", "not a workbook".getBytes()))
                        .session(admin.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#file-error").text()).contains("notes.xlsx is not an Excel workbook");
        assertThat(page.select(".govuk-error-summary a[href=#file]")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from job", Integer.class))
                .isEqualTo(jobsBefore);

        var none = mvc.perform(MockMvcRequestBuilders.multipart("/admin/import")
                        .session(admin.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(none.getContentAsString()).select("#file-error").text())
                .contains("Choose the workbook to upload");
    }

    @Test
    void aStalePreviewIsRefusedAndShownAgain() throws Exception {
        byte[] file = Workbooks.edit(
                NorthshireWorkbook.typedInto(StrategyWorkbook.write(null, "Template")),
                b -> Workbooks.set(b, "Strategy", 1, 0, "stale-2025-28"));
        String job = upload("stale.xlsx", file);
        runner.runPending();
        String path = admin.page(job).select("a:contains(Review the import)").attr("href");
        var response = mvc.perform(MockMvcRequestBuilders.post(path)
                        .param("fingerprint", "not-what-it-showed")
                        .session(admin.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(strategies.findBySlug("stale-2025-28")).isEmpty();
    }

    /**
     * Every kind of broken workbook is answered on a page, never with an error page: its check fails with what to fix,
     * or its preview lists the problem; nothing is created and nothing can be confirmed.
     */
    @ParameterizedTest
    @EnumSource(BadWorkbook.class)
    void everyKindOfBrokenWorkbookIsAnsweredWithWhatToFix(BadWorkbook bad) throws Exception {
        Integer strategiesBefore = jdbc.queryForObject("select count(*) from strategy", Integer.class);
        String job = upload(bad.name().toLowerCase() + ".xlsx", bad.from(StrategyWorkbook.write(null, "Template")));
        runner.runPending();
        Document page = admin.page(job);
        List<String> review = page.select("a:contains(Review the import)").eachAttr("href");
        String said = review.isEmpty()
                ? page.select("main").text()
                : admin.page(review.getFirst()).select("main").text();
        assertThat(said).contains(bad.says());
        if (review.isEmpty()) {
            assertThat(said).contains("Nothing was changed");
        } else {
            assertThat(admin.page(review.getFirst()).select("button:contains(Import the workbook)"))
                    .isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from strategy", Integer.class))
                .isEqualTo(strategiesBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedBesideTheField() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.multipart("/admin/import")
                        .file(new MockMultipartFile(
                                "file", "huge.xlsx", Download.XLSX.toString(), new byte[11 * 1024 * 1024]))
                        .session(admin.session())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#file-error")
                        .text())
                .contains("huge.xlsx is larger than 10 MB");
    }

    /**
     * A strategy of another shape (a cross-cutting theme with its own commitments, action and measures; measures as
     * the document states them; a scrutiny review's recommendations answered) reads back on the board's pages as
     * written.
     */
    @Test
    void aStrategyWithAThemeTypedIntoTheTemplateReadsBackOnTheBoardsPagesAsWritten() throws Exception {
        byte[] file = WestmoorWorkbook.typedInto(StrategyWorkbook.write(null, "Template"));

        Document preview = checked(upload("westmoor.xlsx", file));
        assertThat(preview.select(".govuk-error-summary"))
                .as(preview.select("#problems").text())
                .isEmpty();
        confirm(preview);
        runner.runPending();

        String slug = "/strategies/" + WestmoorWorkbook.SLUG;
        assertThat(admin.page(slug).select("main").text())
                .contains("Priority 1", "Stable homes and trusted relationships", "Cross-cutting theme")
                .contains(WestmoorWorkbook.THEME)
                .doesNotContain("Cross-cutting theme 1");
        assertThat(admin.page(slug + "/themes/1").select("main").text())
                .contains(WestmoorWorkbook.THEME, WestmoorWorkbook.THEME_STATEMENT, WestmoorWorkbook.COMMITMENT)
                .contains("Children tell us they know why decisions are made", WestmoorWorkbook.ACTION);
        assertThat(admin.page(slug + "/priorities/1").select("main").text())
                .contains("We will increase the number of our children living with Westmoor foster carers")
                .doesNotContain(WestmoorWorkbook.COMMITMENT);
        assertThat(admin.page(slug + "/actions").select("main").text())
                .contains(WestmoorWorkbook.ACTION, WestmoorWorkbook.REVIEW + ": R2");
        assertThat(admin.page(slug + "/measures/W1").select("main").text()).contains("11.2%, 2022-23");
        assertThat(admin.page(slug + "/measures/W2").select("main").text()).contains("78%, Bright Spots survey 2023");
        assertThat(admin.page(slug + "/measures/W3").select("main").text())
                .contains("Unit and polarity qualitative, rated by its owner");

        Document again = checked(upload("westmoor.xlsx", file));
        assertThat(again.select(".govuk-inset-text").text())
                .as(again.select("main").text())
                .contains("importing it would change nothing");
    }

    /** Uploads the file; returns the address of its check's job page. */
    private String upload(String name, byte[] file) throws Exception {
        return new Uploads(mvc, runner, admin).upload("/admin/import", name, file);
    }

    private Document checked(String job) throws Exception {
        return new Uploads(mvc, runner, admin).checked(job);
    }

    private String confirm(Document preview) throws Exception {
        return new Uploads(mvc, runner, admin).confirm(preview);
    }
}
