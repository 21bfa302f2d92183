package com.cptracker.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Each kind of broken workbook a person can upload, made from the template, with what the answer to it says: the
 * reader's and the parser's tests check each, and the upload's journey checks that each is answered on a page.
 */
enum BadWorkbook {
    WRONG_TEMPLATE(
            "is not the strategy workbook",
            t -> Workbooks.edit(t, b -> {
                for (int i = b.getNumberOfSheets() - 1; i >= 0; i--) {
                    b.removeSheetAt(i);
                }
                b.createSheet("Budget").createRow(0).createCell(0).setCellValue("Cost centre");
            })),
    MISSING_SHEET(
            "The workbook has no sheet called \"Targets\"",
            t -> Workbooks.edit(t, b -> b.removeSheetAt(b.getSheetIndex("Targets")))),
    MISSING_COLUMN(
            "The sheet has no \"Ref\" column",
            t -> Workbooks.edit(t, b -> Workbooks.set(b, "Actions", 0, 0, "Reference number"))),
    FORMULA(
            "Cell B2 on the sheet \"Actions\" holds a formula",
            t -> Workbooks.edit(
                    withAction(t, "1a", "1", "", "Do it", "March 2026", "Head of Service"),
                    b -> b.getSheet("Actions").getRow(1).getCell(1).setCellFormula("1+0"))),
    ERROR_CELL(
            "Cell B2 on the sheet \"Actions\" holds an error (#DIV/0!)",
            t -> Workbooks.edit(
                    withAction(t, "1a", "1"),
                    b -> b.getSheet("Actions").getRow(1).getCell(1).setCellErrorValue(FormulaError.DIV0))),
    MERGED(
            "has merged cells (D2:D3)",
            t -> Workbooks.edit(
                    withAction(t, "1a", "1", "", "Do it"),
                    b -> b.getSheet("Actions").addMergedRegion(new CellRangeAddress(1, 2, 3, 3)))),
    DATE_AS_TEXT(
            "The starts on is typed as text (\"1 April 2025\")",
            t -> Workbooks.edit(t, b -> {
                Workbooks.set(b, "Strategy", 1, 0, "northshire-2025-28");
                Workbooks.set(b, "Strategy", 1, 4, "1 April 2025");
            })),
    DATE_IN_TEXT_COLUMN(
            "This cell is a date, but the column takes text",
            t -> Workbooks.edit(withAction(t, "1a", "1", "", "Do it"), b -> {
                var c = b.getSheet("Actions").getRow(1).createCell(4);
                c.setCellValue(LocalDate.of(2025, 9, 1));
                var style = b.createCellStyle();
                style.setDataFormat(b.createDataFormat().getFormat("mmm-yy"));
                c.setCellStyle(style);
            })),
    OVER_LONG(
            "The ref must be 20 characters or fewer (it has 22)",
            t -> withAction(t, "1a".repeat(11), "1", "", "Do it", "March 2026")),
    ZIP_BOMB("unpacks to far more than its size", BadWorkbook::swollen);

    private final String says;
    private final UnaryOperator<byte[]> make;

    BadWorkbook(String says, UnaryOperator<byte[]> make) {
        this.says = says;
        this.make = make;
    }

    /** What the answer to it says. */
    String says() {
        return says;
    }

    byte[] from(byte[] template) {
        return make.apply(template);
    }

    /** The template with one action typed in, as a person would type it. */
    static byte[] withAction(byte[] template, String... cells) {
        return Workbooks.edit(template, b -> {
            for (int i = 0; i < cells.length; i++) {
                Workbooks.set(b, "Actions", 1, i, cells[i]);
            }
        });
    }

    /** The template with a sheet swollen to 150 MB of spaces: it packs into a few hundred kilobytes. */
    private static byte[] swollen(byte[] template) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
