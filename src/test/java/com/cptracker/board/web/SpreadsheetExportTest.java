package com.cptracker.board.web;

import static com.cptracker.board.web.ExportFiles.assertSameRows;
import static com.cptracker.board.web.ExportFiles.dataRows;
import static com.cptracker.board.web.ExportFiles.headings;
import static com.cptracker.board.web.ExportFiles.number;
import static com.cptracker.board.web.ExportFiles.records;
import static com.cptracker.board.web.ExportFiles.summary;
import static com.cptracker.board.web.ExportFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecard and the action plan of a quarter as spreadsheets and CSV files, read back (with POI, and with Commons
 * CSV) and compared with the pages a board member reads: the same measures and actions, every figure the same number
 * or the same mark, the same statuses; and only the quarters the pages would show.
 */
@DemoApplicationTest
class SpreadsheetExportTest {

    static final String SLUG = "cheshire-east-2018-20";
    static final String PUBLISHED = "2019-20-Q3";
    static final String OPEN = "2019-20-Q4";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Test
    void theScorecardSpreadsheetHoldsEveryFigureOfThePageAsANumberOrTheMarkItShows() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        Document page = board.page("/strategies/" + SLUG + "/scorecard/" + PUBLISHED);
        MockHttpServletResponse response =
                download(board.session(), "/strategies/" + SLUG + "/scorecard/" + PUBLISHED + ".xlsx");
        assertThat(response.getContentType()).isEqualTo(XLSX);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"cheshire-east-2018-20-scorecard-2019-20-Q3.xlsx\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Scorecard, 2019-20 Q3: Corporate Parenting Strategy, 2018-20");
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .containsExactly("Summary", "General", "Pledge 1", "Pledge 2", "Pledge 3", "Pledge 4", "Pledge 5");
            Map<String, Row> rows = dataRows(workbook);
            List<String> headings = headings(workbook.getSheetAt(1));
            assertThat(headings)
                    .startsWith("Priority", "Ref", "Measure", "Unit", "Polarity", "Frequency", "Year end 2018-19")
                    .contains("2019-20 Q1", "2019-20 Q2", "2019-20 Q3", "Target", "Status", "Comment");

            List<Element> pageRows = page.select("table.app-table--scorecard tbody tr:has(td)");
            assertThat(rows.keySet())
                    .containsExactlyInAnyOrderElementsOf(pageRows.stream()
                            .map(r -> r.selectFirst("td.app-ref").text())
                            .toList());
            DataFormatter shown = new DataFormatter();
            BigDecimal pageSum = BigDecimal.ZERO;
            double sheetSum = 0;
            int numbers = 0;
            int suppressed = 0;
            // The page's figure columns: year end, then each quarter of the year so far.
            List<String> figureColumns = List.of("Year end 2018-19", "2019-20 Q1", "2019-20 Q2", "2019-20 Q3");
            for (Element tr : pageRows) {
                String ref = tr.selectFirst("td.app-ref").text();
                Row row = rows.get(ref);
                for (int i = 0; i < figureColumns.size(); i++) {
                    Element td = tr.select("td").get(2 + i);
                    // A mark (c, x, z, the small-number mark) is an abbreviation whose title says what it means.
                    Element mark = td.selectFirst("abbr.app-mark");
                    String onPage = mark != null ? mark.text() : td.ownText().strip();
                    Cell cell = row.getCell(headings.indexOf(figureColumns.get(i)));
                    if (onPage.isEmpty()) {
                        assertThat(cell)
                                .as(ref + " " + figureColumns.get(i) + ": no value, an empty cell")
                                .isNull();
                        continue;
                    }
                    assertThat(shown.formatCellValue(cell))
                            .as(ref + " " + figureColumns.get(i))
                            .isEqualTo(onPage);
                    if (mark != null) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(onPage)
                                .as("the demo's suppressed value is confidential")
                                .isEqualTo("c");
                        suppressed++;
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        pageSum = pageSum.add(number(onPage));
                        sheetSum += cell.getNumericCellValue();
                        numbers++;
                    }
                }
                int after = 2 + figureColumns.size();
                String target = tr.select("td").get(after).ownText().strip();
                Cell targetCell = row.getCell(headings.indexOf("Target"));
                if (target.equals("None")) {
                    assertThat(targetCell).as(ref + " no target").isNull();
                } else if (targetCell.getCellType() == CellType.NUMERIC) {
                    assertThat(targetCell.getNumericCellValue())
                            .as(ref + " target")
                            .isEqualTo(number(target).doubleValue());
                } else {
                    assertThat(targetCell.getStringCellValue())
                            .as(ref + " target")
                            .isEqualTo(target);
                }
                for (String benchmark : List.of("Statistical neighbours", "England")) {
                    int column = after + (benchmark.equals("England") ? 4 : 3);
                    String onPage = tr.select("td").get(column).ownText().strip();
                    Cell cell = row.getCell(headings.indexOf(benchmark));
                    assertThat(cell == null ? "–" : shown.formatCellValue(cell))
                            .as(ref + " " + benchmark)
                            .isEqualTo(onPage);
                }
                assertThat(text(row, headings, "Status"))
                        .as(ref + " status")
                        .isEqualTo(tr.selectFirst(".app-status").ownText().strip());
                assertThat(text(row, headings, "Since last period"))
                        .isEqualTo(tr.selectFirst(".app-direction").ownText().strip());
            }
            assertThat(numbers).as("figures that are numbers").isGreaterThan(150);
            assertThat(suppressed)
                    .as("the demo's value withheld with a mark, in 2019-20 Q1")
                    .isEqualTo(1);
            assertThat(sheetSum).isCloseTo(pageSum.doubleValue(), offset(1e-6));

            Sheet pledge = workbook.getSheet("Pledge 1");
            assertThat(pledge.getPaneInformation().isFreezePane()).isTrue();
            assertThat(pledge.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(((XSSFSheet) pledge).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:" + CellReference.convertNumToColString(headings.size() - 1)
                            + (pledge.getLastRowNum() + 1));

            assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Scorecard, 2019-20 Q3");
            assertThat(summary(workbook, "Published")
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .as("the day the quarter was published")
                    .isEqualTo(LocalDate.of(2020, 2, 7));
            assertThat(summary(workbook, "Figures").getStringCellValue()).contains("demo figures");
        }
    }

    @Test
    void theScorecardCsvHasTheSpreadsheetsRowsUnderOneHeadingRow() throws Exception {
        MockHttpSession board = SignedIn.as(mvc, "board").session();
        String base = "/strategies/" + SLUG + "/scorecard/" + PUBLISHED;
        MockHttpServletResponse csv = download(board, base + ".csv");
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"cheshire-east-2018-20-scorecard-2019-20-Q3.csv\"");
        List<CSVRecord> records = records(csv.getContentAsByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download(board, base + ".xlsx").getContentAsByteArray()))) {
            List<String> headings = headings(workbook.getSheetAt(1));
            assertThat(records.getFirst().toList()).isEqualTo(headings);
            assertSameRows(records.subList(1, records.size()), dataRows(workbook), headings);
        }
        assertThat(records).hasSize(1 + 56);
    }

    @Test
    void theActionPlanSpreadsheetAndCsvHaveEveryActionWithThePagesStatusAndFlags() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        Document page = board.page("/strategies/" + SLUG + "/actions", "period", PUBLISHED);
        String base = "/strategies/" + SLUG + "/action-plan/" + PUBLISHED;
        MockHttpServletResponse xlsx = download(board.session(), base + ".xlsx");
        assertThat(xlsx.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"cheshire-east-2018-20-action-plan-2019-20-Q3.xlsx\"");
        List<CSVRecord> records =
                records(download(board.session(), base + ".csv").getContentAsByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Pledge 1", "Pledge 2", "Pledge 3", "Pledge 4", "Pledge 5");
            List<String> headings = headings(workbook.getSheetAt(1));
            Map<String, Row> rows = dataRows(workbook);
            List<Element> pageRows = page.select("table.app-table--actions tbody tr");
            assertThat(rows).hasSize(87).hasSameSizeAs(pageRows);
            for (Element tr : pageRows) {
                String ref = tr.selectFirst("td.app-ref").text();
                Row row = rows.get(ref);
                assertThat(text(row, headings, "Status"))
                        .as(ref)
                        .isEqualTo(tr.selectFirst(".app-status").ownText().strip());
                assertThat(text(row, headings, "Overdue")).isEqualTo(tr.hasClass("app-row--overdue") ? "Yes" : "No");
                assertThat(text(row, headings, "Due"))
                        .isEqualTo(tr.select("td").get(4).text());
                assertThat(text(row, headings, "Answers"))
                        .as("the demo's cross-references, as the page's column gives them")
                        .isEqualTo(tr.select("td").get(5).text());
                String progress = tr.select("td").get(7).ownText().strip();
                assertThat(text(row, headings, "Latest progress"))
                        .isEqualTo(progress.equals("No update yet") ? "" : progress);
            }
            assertThat(records.getFirst().toList()).isEqualTo(headings);
            assertSameRows(records.subList(1, records.size()), rows, headings);
            assertThat((int) summary(workbook, "Overdue").getNumericCellValue())
                    .isEqualTo(pageRows.stream()
                            .filter(r -> r.hasClass("app-row--overdue"))
                            .count());
        }
    }

    @Test
    void aBoardMemberHasOnlyPublishedQuartersAsThePagesDo() throws Exception {
        MockHttpSession board = SignedIn.as(mvc, "board").session();
        MockHttpSession officer = SignedIn.as(mvc, "officer").session();
        for (String thing : List.of("scorecard", "action-plan")) {
            for (String extension : List.of(".xlsx", ".csv")) {
                String path = "/strategies/" + SLUG + "/" + thing + "/";
                assertThat(status(board, path + PUBLISHED + extension)).isEqualTo(200);
                assertThat(status(board, path + OPEN + extension))
                        .as("open quarter")
                        .isEqualTo(404);
                assertThat(status(officer, path + OPEN + extension)).isEqualTo(200);
                assertThat(status(board, path + "2030-31-Q1" + extension)).isEqualTo(404);
                assertThat(status(board, path + "nonsense" + extension)).isEqualTo(404);
                assertThat(status(board, "/strategies/no-such-strategy/" + thing + "/" + PUBLISHED + extension))
                        .isEqualTo(404);
            }
        }
        assertThat(status(board, "/strategies/" + SLUG + "/scorecard/" + PUBLISHED))
                .as("the page beside them")
                .isEqualTo(200);
        assertThat(status(board, "/strategies/" + SLUG + "/actions/1a")).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download(officer, "/strategies/" + SLUG + "/scorecard/" + OPEN + ".xlsx")
                        .getContentAsByteArray()))) {
            assertThat(summary(workbook, "Published").getStringCellValue())
                    .isEqualTo("Not published: open for updates; board members cannot see it");
        }
    }

    @Test
    void theScorecardAndTheActionPlanLinkToTheirQuartersFiles() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        assertDownloads(
                board.page("/strategies/" + SLUG + "/scorecard/" + PUBLISHED), "Scorecard", "2019-20 Q3", "scorecard");
        assertDownloads(
                board.page("/strategies/" + SLUG + "/actions", "period", "2019-20-Q1"),
                "Action plan",
                "2019-20 Q1",
                "action-plan");
    }

    /** A page's two download links: what they are and for which quarter, and their addresses. */
    private static void assertDownloads(Document page, String title, String quarter, String path) {
        String address = "/strategies/" + SLUG + "/" + path + "/" + quarter.replace(' ', '-');
        assertThat(page.select("#downloads + ul a"))
                .extracting(Element::text, e -> e.attr("href"))
                .containsExactly(
                        tuple(title + ", " + quarter + ", as a spreadsheet (.xlsx)", address + ".xlsx"),
                        tuple(title + ", " + quarter + ", as CSV", address + ".csv"));
    }

    private MockHttpServletResponse download(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private int status(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }
}
