package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.cptracker.transfer.WorkbookParser.Parsed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Each kind of bad file is refused with a message saying what to fix: refused as a whole when it cannot be read at
 * all, or with each problem at its sheet, row and column. None is read as something else.
 */
class BadWorkbookTest {

    private final SpreadsheetReader reader = new SpreadsheetReader(TransferProperties.defaults());
    private final byte[] template = WorkbookWriter.write(null, "Template");

    /** A workbook of the template with one action filled in, as a person would type it. */
    private byte[] withAction(String... cells) {
        return Workbooks.edit(template, b -> {
            for (int i = 0; i < cells.length; i++) {
                Workbooks.set(b, "Actions", 1, i, cells[i]);
            }
        });
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
        byte[] other = Workbooks.edit(template, b -> {
            for (int i = b.getNumberOfSheets() - 1; i >= 0; i--) {
                b.removeSheetAt(i);
            }
            b.createSheet("Budget").createRow(0).createCell(0).setCellValue("Cost centre");
        });
        assertThatThrownBy(() -> parse(other))
                .isInstanceOf(SpreadsheetRefused.class)
                .hasMessageContaining("is not the strategy workbook")
                .hasMessageContaining("Download the template");
    }

    @Test
    void aMissingSheetOrColumnIsNamed() {
        byte[] noTargets = Workbooks.edit(template, b -> b.removeSheetAt(b.getSheetIndex("Targets")));
        assertThat(parse(noTargets).problems())
                .extracting(ImportProblem::sheet, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "Targets",
                                "The workbook has no sheet called \"Targets\". Add it from the template: it may be left empty"));

        byte[] noRef = Workbooks.edit(template, b -> Workbooks.set(b, "Actions", 0, 0, "Reference number"));
        assertThat(parse(noRef).problems())
                .extracting(ImportProblem::place)
                .containsExactlyInAnyOrder("Actions, row 1, Reference number", "Actions, row 1, Ref");
    }

    @Test
    void aFormulaIsRefusedWithWhereItIs() {
        byte[] formula = Workbooks.edit(
                withAction("1a", "1", "", "Do it", "March 2026", "Head of Service"),
                b -> b.getSheet("Actions").getRow(1).getCell(1).setCellFormula("1+0"));
        assertThat(refusal("f.xlsx", formula)).contains("Cell B2 on the sheet \"Actions\" holds a formula");
    }

    @Test
    void anErrorCellIsRefused() {
        byte[] error = Workbooks.edit(
                withAction("1a", "1"),
                b -> b.getSheet("Actions").getRow(1).getCell(1).setCellErrorValue(FormulaError.DIV0));
        assertThat(refusal("e.xlsx", error)).contains("Cell B2 on the sheet \"Actions\" holds an error (#DIV/0!)");
    }

    @Test
    void mergedCellsAreRefused() {
        byte[] merged = Workbooks.edit(
                withAction("1a", "1", "", "Do it"),
                b -> b.getSheet("Actions").addMergedRegion(new CellRangeAddress(1, 2, 3, 3)));
        assertThat(refusal("m.xlsx", merged))
                .contains("has merged cells (D2:D3)")
                .contains("Unmerge");
    }

    @Test
    void aDateTypedAsTextIsRefusedAndADateInATextColumnToo() {
        byte[] typed = Workbooks.edit(template, b -> {
            Workbooks.set(b, "Strategy", 1, 0, "northshire-2025-28");
            Workbooks.set(b, "Strategy", 1, 4, "1 April 2025");
        });
        assertThat(parse(typed).problems())
                .extracting(ImportProblem::place, ImportProblem::message)
                .contains(tuple(
                        "Strategy, row 2, Starts on",
                        "The starts on is typed as text (\"1 April 2025\"). Enter it as a date, like 01/04/2025, so "
                                + "that the cell is a date"));

        byte[] dateDue = Workbooks.edit(withAction("1a", "1", "", "Do it"), b -> {
            var c = b.getSheet("Actions").getRow(1).createCell(4);
            c.setCellValue(LocalDate.of(2025, 9, 1));
            var style = b.createCellStyle();
            style.setDataFormat(b.createDataFormat().getFormat("mmm-yy"));
            c.setCellStyle(style);
        });
        assertThat(parse(dateDue).problems())
                .extracting(ImportProblem::place)
                .contains("Actions, row 2, Completion date");
    }

    @Test
    void overLongTextIsRefusedWithItsLength() {
        Parsed p = parse(withAction("1a".repeat(11), "1", "", "Do it", "March 2026"));
        assertThat(p.problems())
                .extracting(ImportProblem::place, ImportProblem::message)
                .contains(tuple("Actions, row 2, Ref", "The ref must be 20 characters or fewer (it has 22)"));
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
    void aZipBombIsRefused() throws IOException {
        // The template with a sheet swollen to 150 MB of spaces: it packs into a few hundred kilobytes.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 150; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(body);
                }
                zip.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(2_000_000);
        assertThat(refusal("bomb.xlsx", out.toByteArray())).contains("unpacks to far more than its size");
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
}
