package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.benchmark.ValuesHistory;
import com.cptracker.common.web.Download;
import com.cptracker.jobs.JobRunner;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import com.cptracker.support.Uploads;
import com.cptracker.transfer.Spreadsheet.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An officer downloads the template of the open quarter's values, types the figures in (a mark among them), uploads
 * it, reads the preview and confirms; a file with every kind of row error is refused row by row and saves nothing; an
 * administrator imports a history of many periods, a published value refused on its row; ten thousand values import.
 */
@DemoApplicationTest
// Saves values into Cheshire East's open quarter and far beyond it: the other tests count the demo data's values.
@OwnDatabase("values-import")
class ValuesImportJourneyTest {

    static final String S = "/strategies/cheshire-east-2018-20";
    static final String HISTORY = "/admin/strategies/cheshire-east-2018-20/values/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyService strategies;

    @Autowired
    MeasureService measures;

    @Test
    void anOfficerFillsInTheTemplateOfTheirMeasuresUploadsItChecksThePreviewAndConfirms() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        assertThat(officer.page(S + "/values").select("a[href=" + S + "/values/template.xlsx]"))
                .isNotEmpty();
        Document upload = officer.page(S + "/values/import");
        assertThat(upload.select("h1").text()).isEqualTo("Upload values from a spreadsheet");
        assertThat(upload.select("input[type=file][name=file]")).isNotEmpty();
        byte[] template = download(officer, S + "/values/template.xlsx");
        List<Row> rows = rows(template);
        assertThat(rows.getFirst().cells().stream().map(c -> c.text()).toList())
                .containsExactly(
                        "Ref", "Measure", "Unit", "Period", "Last value", "Target", "Value", "Status", "Comment");
        List<Row> data = rows.subList(1, rows.size());
        assertThat(data.stream().map(r -> text(r, 0)).collect(Collectors.toSet()))
                .as("the officer's own measures, and only theirs")
                .isEqualTo(Set.copyOf(jdbc.queryForList("""
                        select m.ref from measure m join user_account u on u.id = m.owner_user_id
                        join strategy s on s.id = m.strategy_id
                        where u.username = 'officer' and s.slug = 'cheshire-east-2018-20' and m.active""", String.class)));
        assertThat(data).hasSize(12);
        assertThat(data).anySatisfy(r -> assertThat(text(r, 4)).contains("(2019-20 Q3)"));
        assertThat(data).anySatisfy(r -> assertThat(text(r, 5)).isNotEmpty());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = book.getSheet("Values");
            assertThat(book.getSheetName(0)).isEqualTo("Notes");
            assertThat(book.getActiveSheetIndex()).as("it opens on the values").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFillPattern())
                    .as("the measure's name is for reference: grey")
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillPattern())
                    .as("the ref is read: not grey")
                    .isEqualTo(FillPatternType.NO_FILL);
            assertThat(sheet.getDataValidations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("Red", "Amber", "Green"));
        }

        String qualitative = MeasureUnit.QUALITATIVE.label();
        String marked = data.stream()
                .filter(r -> !qualitative.equals(text(r, 2)))
                .map(r -> text(r, 0))
                .findFirst()
                .orElseThrow();
        byte[] filled = Workbooks.edit(template, b -> {
            for (int r = 1; r < rows.size(); r++) {
                String ref = b.getSheet("Values").getRow(r).getCell(0).getStringCellValue();
                boolean q = qualitative.equals(
                        b.getSheet("Values").getRow(r).getCell(2).getStringCellValue());
                Workbooks.set(b, "Values", r, q ? 7 : 6, q ? "Green" : ref.equals(marked) ? "C" : "50");
                Workbooks.set(b, "Values", r, 8, "Checked against the case management system");
            }
        });
        Document preview = checked(officer, upload(officer, S + "/values/import", "values.xlsx", filled));
        assertThat(preview.select(".govuk-error-summary")).as(preview.text()).isEmpty();
        assertThat(preview.select("#rows tbody tr")).hasSize(12);
        assertThat(preview.select("#rows tbody tr:contains(" + marked + ")").text())
                .contains("c", "confidential: withheld so that no child can be identified");
        assertThat(preview.select("#rows .govuk-tag")).hasSize(12);

        Document done = officer.page(confirm(officer, preview));
        assertThat(done.select("main").text()).contains("Imported 12 values from values.xlsx");
        assertThat(done.select("a[href=/my]")).isNotEmpty();
        assertThat(jdbc.queryForMap("""
                        select v.mark, v.value from measure_value v join measure m on m.id = v.measure_id
                        where m.ref = ? and v.period_code = '2019-20-Q4' and not v.superseded
                        and m.strategy_id = (select id from strategy where slug = 'cheshire-east-2018-20')""", marked))
                .containsEntry("mark", "CONFIDENTIAL")
                .containsEntry("value", null);
        assertThat(officer.page(S + "/values").select("input[value=c]")).hasSize(1);
        assertThat(audits("Values imported from values.xlsx")).isEqualTo(1);
    }

    @Test
    void everyKindOfRowErrorIsShownOnItsRowAndNothingIsSaved() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        List<Row> data = rows(download(officer, S + "/values/template.xlsx"));
        Map<String, String> periodOf = data.subList(1, data.size()).stream()
                .filter(r -> !MeasureUnit.QUALITATIVE.label().equals(text(r, 2)))
                .collect(Collectors.toMap(r -> text(r, 0), r -> text(r, 3)));
        List<String> own = periodOf.keySet().stream().sorted().toList();
        String others = jdbc.queryForObject("""
                select m.ref from measure m join strategy s on s.id = m.strategy_id
                where s.slug = 'cheshire-east-2018-20' and m.active and m.owner_user_id is distinct from
                (select id from user_account where username = 'officer') order by m.ref limit 1""", String.class);
        String csv = String.join(
                "\n",
                "Ref,Period,Value,Status,Comment",
                "ZZ9," + periodOf.get(own.get(0)) + ",5,,Comment",
                others + ",2019-20 Q4,5,,Comment",
                own.get(0) + ",2018-19 Q1,5,,Comment",
                own.get(1) + "," + periodOf.get(own.get(1)) + ",lots,,Comment",
                own.get(2) + "," + periodOf.get(own.get(2)) + ",50,,Comment",
                own.get(2) + "," + periodOf.get(own.get(2)) + ",51,,Comment",
                own.get(3) + "," + periodOf.get(own.get(3)) + ",,,",
                own.get(4) + ",sometime,5,,Comment");
        int before = values();
        Document preview = checked(officer, upload(officer, S + "/values/import", "values.csv", bytes(csv)));
        assertThat(preview.title()).startsWith("Error: ");
        assertThat(preview.select("#problems tbody tr").eachText())
                .anySatisfy(r -> assertThat(r).startsWith("Values 2 Ref The strategy has no measure ZZ9"))
                .anySatisfy(r -> assertThat(r)
                        .startsWith("Values 3 Ref You may not enter values for " + others + ": it is not one of your"))
                .anySatisfy(r -> assertThat(r).startsWith("Values 4 Period " + own.get(0) + " takes its value for"))
                .anySatisfy(r -> assertThat(r).startsWith("Values 5 Value").contains(own.get(1)))
                .anySatisfy(r -> assertThat(r).startsWith("Values 7 Ref").contains("is also on row 6"))
                .anySatisfy(r -> assertThat(r).startsWith("Values 9 Period Enter the period as the scorecard names it"))
                .hasSize(6);
        assertThat(preview.select("dl").text()).contains("Left out 1 row with no value");
        assertThat(preview.select("button:contains(Save the values)")).isEmpty();
        assertThat(values()).isEqualTo(before);
    }

    @Test
    void anAdministratorImportsAHistoryOfManyPeriodsAndAPublishedValueIsRefusedOnItsRow() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        assertThat(admin.page("/admin/strategies/cheshire-east-2018-20").select("a[href=" + HISTORY + "]"))
                .isNotEmpty();
        assertThat(admin.page(HISTORY).select("h1").text()).isEqualTo("Import a history of values");
        List<MeasureSummary> some = cheshire().subList(0, 6);
        String history = ValuesHistory.csv(some, 2030, 48);
        String published = some.getFirst().ref() + ",,2019-20 Q3,5,,Corrected";
        Document refused = checked(admin, upload(admin, HISTORY, "history.csv", bytes(history + published + "\n")));
        assertThat(refused.select("#problems tbody tr").eachText())
                .singleElement()
                .asString()
                .startsWith("Values 50 Value The board has seen the figure for "
                        + some.getFirst().ref());
        assertThat(refused.select("button:contains(Save the values)")).isEmpty();

        int before = values();
        Document preview = checked(admin, upload(admin, HISTORY, "history.csv", bytes(history)));
        assertThat(preview.select(".govuk-error-summary")).as(preview.text()).isEmpty();
        assertThat(preview.select("dl").text()).contains("To save 48 values");
        assertThat(preview.select("#rows tbody tr")).hasSize(48);
        Document done = admin.page(confirm(admin, preview));
        assertThat(done.select("main").text()).contains("Imported 48 values from history.csv");
        assertThat(values()).isEqualTo(before + 48);
        assertThat(audits("Values imported from history.csv")).isEqualTo(1);
    }

    @Test
    void aConfirmationOfValuesThatChangedSinceThePreviewFailsAndSavesNothing() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        List<MeasureSummary> some = cheshire().subList(6, 10);
        Document preview = checked(admin, upload(admin, HISTORY, "late.csv", bytes(ValuesHistory.csv(some, 2060, 8))));
        String first = ValuesHistory.csv(some.subList(0, 1), 2060, 1);
        Document meanwhile = checked(admin, upload(admin, HISTORY, "first.csv", bytes(first)));
        admin.page(confirm(admin, meanwhile));
        int before = values();
        Document failed = admin.page(confirm(admin, preview));
        assertThat(failed.select("main").text()).contains("The values have changed since the preview");
        assertThat(values()).isEqualTo(before);
    }

    @Test
    void tenThousandValuesImport() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String csv = ValuesHistory.csv(cheshire(), 2100, 10_000);
        int before = values();
        Document preview = checked(admin, upload(admin, HISTORY, "ten-thousand.csv", bytes(csv)));
        assertThat(preview.select(".govuk-error-summary"))
                .as(preview.select("#problems").text())
                .isEmpty();
        assertThat(preview.select("dl").text()).contains("To save 10,000 values");
        assertThat(preview.select("#rows tbody tr")).hasSize(1000);
        Document done = admin.page(confirm(admin, preview));
        assertThat(done.select("main").text()).contains("Imported 10,000 values from ten-thousand.csv");
        assertThat(values()).isEqualTo(before + 10_000);
    }

    private List<MeasureSummary> cheshire() {
        return measures.activeMeasuresOfStrategy(
                strategies.bySlug("cheshire-east-2018-20").id());
    }

    private int values() {
        return jdbc.queryForObject("select count(*) from measure_value", Integer.class);
    }

    private int audits(String reason) {
        return jdbc.queryForObject("select count(*) from audit_event where reason = ?", Integer.class, reason);
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Row row, int column) {
        return row.cell(column).map(c -> c.text()).orElse("");
    }

    private static List<Row> rows(byte[] workbook) {
        return new SpreadsheetReader(TransferProperties.defaults())
                .read("values.xlsx", workbook)
                .sheet("Values")
                .orElseThrow()
                .rows();
    }

    private byte[] download(SignedIn who, String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).session(who.session()))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo(Download.XLSX.toString());
        return response.getContentAsByteArray();
    }

    private String upload(SignedIn who, String path, String name, byte[] file) throws Exception {
        return new Uploads(mvc, runner, who).upload(path, name, file);
    }

    private Document checked(SignedIn who, String job) throws Exception {
        return new Uploads(mvc, runner, who).checked(job);
    }

    /** Confirms the preview and runs the import; returns the address of its job page. */
    private String confirm(SignedIn who, Document preview) throws Exception {
        String job = new Uploads(mvc, runner, who).confirm(preview);
        runner.runPending();
        return job;
    }
}
