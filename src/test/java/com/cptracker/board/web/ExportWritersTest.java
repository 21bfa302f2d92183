package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.board.web.Export.Part;
import com.cptracker.board.web.ExportCell.Figure;
import com.cptracker.board.web.ExportCell.Text;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Mark;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The spreadsheet and CSV writers on what people type: quotes, commas, line breaks, "£", "é" and formulas. */
class ExportWritersTest {

    static final List<String> HOSTILE = List.of(
            "plain",
            "a, with a comma",
            "a \"quoted\" word",
            "two\nlines",
            "windows\r\nline",
            "£25 a week for the café",
            "=HYPERLINK(\"http://x.example\",\"click\")",
            "+44 161 000",
            "-1 placement",
            "@SUM(A1)",
            "\tTabbed",
            "");

    static Export export() {
        List<ExportCell> figures = List.of(
                ExportCell.figure(new BigDecimal("-3.5"), MeasureUnit.NUMBER),
                ExportCell.figure(new BigDecimal("64.50"), MeasureUnit.PERCENTAGE),
                ExportCell.figure(new BigDecimal("426"), MeasureUnit.DAYS),
                ExportCell.figure(new BigDecimal("1"), MeasureUnit.DAYS),
                ExportCell.figure(new BigDecimal("1204"), MeasureUnit.NUMBER),
                ExportCell.figure(new BigDecimal("63.25"), MeasureUnit.RATE_PER_10000),
                ExportCell.text("c"),
                ExportCell.BLANK,
                ExportCell.day(LocalDate.of(2019, 7, 31)));
        List<List<ExportCell>> rows = HOSTILE.stream()
                .map(t -> List.<ExportCell>of(ExportCell.text(t)))
                .toList();
        return new Export(
                "test-scorecard-2019-20-Q3",
                "Scorecard",
                "Test",
                List.of(List.of(ExportCell.heading("Scorecard"))),
                List.of("Words", "Minus", "Percent", "Days", "Day", "Count", "Rate", "Mark", "Nothing", "On"),
                List.of(
                        new Part("Words: a/b?", rows),
                        new Part(
                                "Figures",
                                List.of(Stream.concat(Stream.of(ExportCell.text("figures")), figures.stream())
                                        .toList()))));
    }

    @Test
    void csvReadsBackAsWrittenWithFormulasMadeInertAndNumbersLeftNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(export(), out);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("\r\n");
        List<CSVRecord> records = ExportFiles.records(bytes);
        assertThat(records).hasSize(1 + HOSTILE.size() + 1);
        assertThat(records.getFirst().get(0)).isEqualTo("Words");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String typed = HOSTILE.get(i);
            boolean formula = !typed.isEmpty() && "=+-@\t".indexOf(typed.charAt(0)) >= 0;
            assertThat(records.get(1 + i).get(0)).as(typed).isEqualTo(formula ? "'" + typed : typed);
        }
        assertThat(records.getLast().toList())
                .containsExactly("figures", "-3.5", "64.5", "426", "1", "1204", "63.25", "c", "", "2019-07-31");
    }

    @Test
    void quotingFollowsRfc4180() {
        assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvWriter.quote("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvWriter.inert("-3"))
                .as("words that look like a negative number stay words")
                .isEqualTo("'-3");
        assertThat(CsvWriter.field(ExportCell.figure(new BigDecimal("-3"), MeasureUnit.NUMBER)))
                .isEqualTo("-3");
        assertThat(CsvWriter.field(ExportCell.figure(new BigDecimal("1E+3"), MeasureUnit.NUMBER)))
                .isEqualTo("1000");
    }

    @Test
    void theSpreadsheetHasNumbersAsNumbersShownAsOnThePageAndWordsNeverAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(export(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Words a b");
            for (int r = 0; r < HOSTILE.size(); r++) {
                Cell cell = workbook.getSheetAt(1).getRow(1 + r).getCell(0);
                if (HOSTILE.get(r).isEmpty()) {
                    assertThat(cell).as("an empty text is an empty cell").isNull();
                } else {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(HOSTILE.get(r));
                }
            }
            Row figures = workbook.getSheet("Figures").getRow(1);
            DataFormatter shown = new DataFormatter();
            assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 9).stream()
                            .map(c -> shown.formatCellValue(figures.getCell(c)))
                            .toList())
                    .as("as the page shows them")
                    .containsExactly("-3.5", "64.5%", "426 days", "1 day", "1,204", "63.25", "c", "31 Jul 2019");
            assertThat(figures.getCell(1).getNumericCellValue()).isEqualTo(-3.5);
            assertThat(figures.getCell(2).getNumericCellValue()).isEqualTo(64.5);
            assertThat(figures.getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(figures.getCell(8)).isNull();
        }
    }

    /** A value as the page shows it: a number, a value's mark, a qualitative measure's words, or nothing. */
    @Test
    void aValueIsANumberOnlyWhenThePageShowsANumber() {
        assertThat(ScorecardExport.value(MeasureUnit.NUMBER, null)).isEqualTo(ExportCell.BLANK);
        assertThat(ScorecardExport.value(MeasureUnit.NUMBER, value(new BigDecimal("-2"), null, null, "-2")))
                .isEqualTo(new Figure(new BigDecimal("-2"), "#,##0"));
        assertThat(ScorecardExport.value(MeasureUnit.PERCENTAGE, value(null, Mark.SMALL_NUMBER, null, "low")))
                .isEqualTo(new Text("low"));
        assertThat(ScorecardExport.value(
                        MeasureUnit.PERCENTAGE, value(new BigDecimal("3"), Mark.CONFIDENTIAL, null, "c")))
                .as("a value with a mark is never its number")
                .isEqualTo(new Text("c"));
        assertThat(ScorecardExport.value(
                        MeasureUnit.QUALITATIVE, value(null, null, "Action plan agreed", "Action plan agreed")))
                .isEqualTo(new Text("Action plan agreed"));
    }

    private static ValueView value(BigDecimal number, Mark mark, String text, String display) {
        return new ValueView(
                ReportingPeriod.parse("2019-20-Q3"),
                number,
                mark,
                text,
                null,
                null,
                false,
                "Officer",
                Instant.EPOCH,
                display,
                null,
                false);
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(XlsxWriter.sheetName("Summary", taken)).isEqualTo("Summary");
        assertThat(XlsxWriter.sheetName("summary", taken)).isEqualTo("summary (2)");
        assertThat(XlsxWriter.sheetName("Pledge 1: a/b?*[c]\\", taken)).isEqualTo("Pledge 1 a b c");
        assertThat(XlsxWriter.sheetName("A strategic priority with a very long label 12", taken))
                .isEqualTo("A strategic priority with a ver")
                .hasSize(31);
        assertThat(XlsxWriter.sheetName("A strategic priority with a very long label 13", taken))
                .isEqualTo("A strategic priority with a (2)")
                .hasSize(31);
        assertThat(XlsxWriter.sheetName("History", taken)).isEqualTo("History (2)");
        assertThat(XlsxWriter.sheetName("'Quoted'", taken))
                .doesNotStartWith("'")
                .doesNotEndWith("'");
        assertThat(XlsxWriter.sheetName("  ", taken)).isEqualTo("Sheet");
    }
}
