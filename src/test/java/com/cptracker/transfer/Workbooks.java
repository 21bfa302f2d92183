package com.cptracker.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Editing a workbook as a person would in Excel, for tests: open it, change it, save it. */
final class Workbooks {

    private Workbooks() {}

    static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell's text, creating the row and cell as needed; {@code row} counted from 0 (0 is the header). */
    static void set(XSSFWorkbook book, String sheet, int row, int column, String text) {
        var s = book.getSheet(sheet);
        var r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        var c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        c.setCellValue(text);
    }
}
