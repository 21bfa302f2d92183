package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.cptracker.transfer.WorkbookParser.Parsed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Each kind of bad file is refused with a message saying what to fix: refused as a whole when it cannot be read at
 * all, or with each problem at its sheet, row and column. None is read as something else.
 */
class BadWorkbookTest {

    private final SpreadsheetReader reader = new SpreadsheetReader(TransferProperties.defaults());
    private final byte[] template = StrategyWorkbook.write(null, "Template");

    private byte[] withAction(String... cells) {
        return BadWorkbook.withAction(template, cells);
    }

    private Parsed parse(byte[] file) {
        return WorkbookParser.parse(reader.read("strategy.xlsx", file), Map.of());
    }

    private String refusal(String name, byte[] file) {
        try {
            reader.read(name, file);
        } catch (SpreadsheetRefused e) {
            return e.getMessage();
        }
        throw new AssertionError(name + " was not refused");
    }

    @Test
    void theTemplateReadsBackEmptyWithOnlyTheMissingStrategyRow() {
        Parsed p = parse(template);
        assertThat(p.problems()).isEmpty();
        assertThat(p.document().strategy()).isNull();
        assertThat(p.document().actions()).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        assertThat(refusal("notes.docx", "Hello, this is a letter".getBytes(StandardCharsets.UTF_8)))
                .contains("is not an Excel workbook (.xlsx)");
        assertThat(refusal("empty.xlsx", new byte[0])).contains("is empty");
    }

    @Test
    void anOlderExcelFileIsRefusedWithHowToSaveIt() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("Actions");
            xls.write(out);
            assertThat(refusal("old.xls", out.toByteArray())).contains(".xls").contains("save it as an Excel Workbook");
        }
    }

    @Test
    void aDamagedWorkbookIsRefused() {
        byte[] cut = Arrays.copyOf(template, template.length / 2);
        assertThat(refusal("cut.xlsx", cut)).contains("cannot be read as an Excel workbook");
    }

    @Test
    void theWrongTemplateIsRefusedAsAWhole() {
        assertThatThrownBy(() -> parse(BadWorkbook.WRONG_TEMPLATE.from(template)))
                .isInstanceOf(SpreadsheetRefused.class)
                .hasMessageContaining(BadWorkbook.WRONG_TEMPLATE.says())
                .hasMessageContaining("Download the template");
    }

    @Test
    void aMissingSheetOrColumnIsNamed() {
        assertThat(parse(BadWorkbook.MISSING_SHEET.from(template)).problems())
                .extracting(ImportProblem::sheet, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "Targets",
                                "The workbook has no sheet called \"Targets\". Add it from the template: it may be left empty"));
        assertThat(parse(BadWorkbook.MISSING_COLUMN.from(template)).problems())
                .extracting(ImportProblem::place)
                .containsExactlyInAnyOrder("Actions, row 1, Reference number", "Actions, row 1, Ref");
    }

    @Test
    void aFormulaAnErrorOrMergedCellsAreRefusedWithWhereTheyAre() {
        for (BadWorkbook bad : List.of(BadWorkbook.FORMULA, BadWorkbook.ERROR_CELL, BadWorkbook.MERGED)) {
            assertThat(refusal("bad.xlsx", bad.from(template))).as(bad.name()).contains(bad.says());
        }
        assertThat(refusal("m.xlsx", BadWorkbook.MERGED.from(template))).contains("Unmerge");
    }

    @Test
    void aDateTypedAsTextIsRefusedAndADateInATextColumnToo() {
        assertThat(parse(BadWorkbook.DATE_AS_TEXT.from(template)).problems())
                .extracting(ImportProblem::place, ImportProblem::message)
                .contains(tuple(
                        "Strategy, row 2, Starts on",
                        "The starts on is typed as text (\"1 April 2025\"). Enter it as a date, like 01/04/2025, so "
                                + "that the cell is a date"));
        assertThat(parse(BadWorkbook.DATE_IN_TEXT_COLUMN.from(template)).problems())
                .anySatisfy(p -> {
                    assertThat(p.place()).isEqualTo("Actions, row 2, Completion date");
                    assertThat(p.message()).startsWith(BadWorkbook.DATE_IN_TEXT_COLUMN.says());
                });
    }

    @Test
    void aProblemOfTheStrategysRowNamesTheRowItIsOn() {
        byte[] file = Workbooks.edit(template, b -> {
            Workbooks.set(b, "Strategy", 3, 0, "Not A Slug");
            Workbooks.set(b, "Strategy", 3, 1, "Corporate Parenting Strategy");
            Workbooks.set(b, "Strategy", 3, 3, "Northshire Council");
            Workbooks.set(b, "Strategy", 3, 6, "Current");
            var dates = b.createCellStyle();
            dates.setDataFormat(b.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int c = 4; c <= 5; c++) {
                var cell = b.getSheet("Strategy").getRow(3).createCell(c);
                cell.setCellValue(LocalDate.of(2025 + (c - 4) * 3, 4, 1));
                cell.setCellStyle(dates);
            }
        });
        assertThat(parse(file).problems()).isEmpty();
        assertThat(DocumentChecks.check(parse(file), null))
                .extracting(ImportProblem::place)
                .contains("Strategy, row 4, Web address name");
    }

    @Test
    void overLongTextIsRefusedWithItsLength() {
        assertThat(parse(BadWorkbook.OVER_LONG.from(template)).problems())
                .extracting(ImportProblem::place, ImportProblem::message)
                .contains(tuple("Actions, row 2, Ref", BadWorkbook.OVER_LONG.says()));
    }

    @Test
    void aFigureThatIsNotPlainlyANumberIsRefusedNeverGuessed() {
        byte[] file = Workbooks.edit(template, b -> {
            Workbooks.set(b, "Measures", 1, 0, "P1");
            Workbooks.set(b, "Measures", 1, 1, "% of care leavers in suitable accommodation");
            Workbooks.set(b, "Measures", 1, 5, "Percentage");
            Workbooks.set(b, "Measures", 1, 6, "Higher is better");
            Workbooks.set(b, "Measures", 1, 7, "Quarterly");
            Workbooks.set(b, "Targets", 1, 0, "P1");
            Workbooks.set(b, "Targets", 1, 1, "2025-26");
            Workbooks.set(b, "Targets", 1, 2, "1,5");
            Workbooks.set(b, "Targets", 2, 0, "P1");
            Workbooks.set(b, "Targets", 2, 1, "2026-27");
            Workbooks.set(b, "Targets", 2, 2, "120");
            Workbooks.set(b, "Targets", 3, 0, "P1");
            Workbooks.set(b, "Targets", 3, 1, "2027-28");
            Workbooks.set(b, "Targets", 3, 2, "92.5%");
        });
        Parsed p = parse(file);
        assertThat(p.problems())
                .extracting(ImportProblem::place)
                .contains("Targets, row 2, Target", "Targets, row 3, Target")
                .doesNotContain("Targets, row 4, Target");
        assertThat(p.document().targets())
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("92.5"));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() {
        SpreadsheetReader small =
                new SpreadsheetReader(new TransferProperties(DataSize.ofKilobytes(4), 1000, DataSize.ofMegabytes(10)));
        assertThatThrownBy(() -> small.read("big.xlsx", template))
                .isInstanceOf(SpreadsheetRefused.class)
                .hasMessageContaining("is larger than");
    }

    @Test
    void tooManyRowsAreRefused() {
        SpreadsheetReader few =
                new SpreadsheetReader(new TransferProperties(DataSize.ofMegabytes(10), 3, DataSize.ofMegabytes(10)));
        byte[] file = withAction("1a");
        byte[] many = Workbooks.edit(file, b -> {
            for (int r = 2; r < 6; r++) {
                Workbooks.set(b, "Actions", r, 0, "x" + r);
            }
        });
        assertThatThrownBy(() -> few.read("many.xlsx", many)).hasMessageContaining("has more than 3 rows");
    }

    @Test
    void aZipBombIsRefused() {
        byte[] bomb = BadWorkbook.ZIP_BOMB.from(template);
        assertThat(bomb.length).isLessThan(2_000_000);
        assertThat(refusal("bomb.xlsx", bomb)).contains(BadWorkbook.ZIP_BOMB.says());
    }

    @Test
    void aCsvFileIsReadAsTextAndABadOneIsRefused() {
        var csv = reader.read(
                "values.csv", "\uFEFFRef,Value\nP1,92.4\n\"P2\",\"1,204\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.sheets()).singleElement().satisfies(s -> {
            assertThat(s.rows()).hasSize(3);
            assertThat(s.rows().get(2).cells())
                    .extracting(Spreadsheet.Cell::text)
                    .containsExactly("P2", "1,204");
        });
        assertThat(refusal("latin.csv", new byte[] {'R', 'e', 'f', '\n', (byte) 0xE9, '\n'}))
                .contains("not saved as UTF-8");
        assertThat(refusal("open.csv", "Ref,Value\n\"P1,92.4\n".getBytes(StandardCharsets.UTF_8)))
                .contains("not a well-formed CSV file");
    }

    @Test
    void everySheetOfTheTemplateHasItsNotes() {
        var book = reader.read("t.xlsx", template);
        assertThat(book.sheets().getFirst().name()).isEqualTo("Notes");
        List<String> notes = book.sheets().getFirst().rows().stream()
                .filter(r -> r.cell(1).isPresent())
                .map(r -> r.cell(0).orElseThrow().text() + "/"
                        + r.cell(1).orElseThrow().text())
                .toList();
        for (SheetFormat<?> sheet : StrategyWorkbook.SHEETS) {
            for (Column c : sheet.columns()) {
                assertThat(notes).contains(sheet.name() + "/" + c.header());
            }
        }
    }

    /** What a strategy of another shape may get wrong is refused beside its cell: measures as stated, themes, answers. */
    @Test
    void aMeasureOrThemeThatDoesNotFitIsRefusedBesideItsCell() {
        byte[] file = Workbooks.edit(WestmoorWorkbook.typedInto(template), b -> {
            Workbooks.set(b, "Priorities", 3, 1, "3");
            Workbooks.set(b, "Measures", 1, 6, "Rated by its owner");
            Workbooks.set(b, "Measures", 3, 11, "4");
            Workbooks.set(b, "Measures", 2, 13, "2");
            Workbooks.set(b, "Actions", 2, 1, "Theme 1");
            Workbooks.set(b, "Actions", 1, 9, "Scrutiny review: R9");
            Workbooks.set(b, "Recommendations", 2, 3, "Overview and Scrutiny Committee");
            Workbooks.set(b, "Recommendations", 3, 0, "Inspection of local authority children's services");
            Workbooks.set(b, "Recommendations", 3, 4, "javascript:alert(1)");
        });
        Parsed parsed = parse(file);
        List<String> problems = Stream.concat(parsed.problems().stream(), DocumentChecks.check(parsed, null).stream())
                .map(p -> p.place() + ": " + p.message())
                .toList();
        assertThat(problems)
                .contains(
                        "Measures, row 2, Which way is better: "
                                + "Only a qualitative measure is rated by its owner: choose which way is better",
                        "Measures, row 4, Baseline: "
                                + "A qualitative measure has no figure: leave the baseline empty, or choose a unit",
                        "Measures, row 3, Similar margin unit: "
                                + "Choose what the margin is measured in, or leave the margin empty for the "
                                + "strategy's",
                        "Actions, row 3, Priority: "
                                + "Enter the priority's number, like 3, or T and the theme's place, like T1",
                        "Actions, row 2, Answers: There is no recommendation \"Scrutiny review: R9\" on the "
                                + "Recommendations sheet or in the strategy",
                        "Recommendations, row 3, Report: Give the report the same kind, issue date, made by and "
                                + "link on each of its rows, as on row 2",
                        "Recommendations, row 4, Link: Enter a link starting with https://, or leave it empty")
                .anySatisfy(p -> assertThat(p).startsWith("Priorities, row 4, Number: The next theme is number 1"));
    }
}
