package com.cptracker.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes every workbook a person fills in and uploads (the strategy workbook and its export, a quarter's values): a
 * notes sheet explaining every sheet and column and the values allowed, then a sheet per {@link SheetFormat} with its
 * header row, its rows, text columns formatted as text (so that Excel keeps "September 2025" as typed), date columns
 * as dates, columns only for reference in grey, and a list to choose from in every cell whose values are fixed. The
 * workbook opens on its first sheet after the notes.
 */
final class WorkbookWriter {

    /** The name of the sheet that explains the others. */
    static final String NOTES = "Notes";

    /** How far down a sheet the lists of fixed values reach, beyond its rows. */
    private static final int LIST_ROWS = 2_000;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle number;
    private final CellStyle reference;
    private final CellStyle referenceHeader;

    private WorkbookWriter() {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        header.setDataFormat(book.createDataFormat().getFormat("@"));
        text = book.createCellStyle();
        text.setDataFormat(book.createDataFormat().getFormat("@"));
        wrapped = book.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        number = book.createCellStyle();
        number.setDataFormat(book.createDataFormat().getFormat("General"));
        reference = book.createCellStyle();
        reference.cloneStyleFrom(wrapped);
        reference.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        reference.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        referenceHeader = book.createCellStyle();
        referenceHeader.cloneStyleFrom(header);
        referenceHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        referenceHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * A sheet to write: its format, each row's cells in the format's columns, and the columns there only for
     * reference (grey, and never read back).
     */
    record SheetRows(SheetFormat<?> format, List<List<Object>> rows, Set<Integer> forReference) {

        /** The items as the format writes them. */
        static <T> SheetRows of(SheetFormat<T> format, List<T> items) {
            return new SheetRows(format, items.stream().map(format.cells()).toList(), Set.of());
        }
    }

    /** A workbook: its title, the lines that open its notes sheet, then its sheets. */
    static byte[] write(String title, List<String> intro, List<SheetRows> sheets) {
        WorkbookWriter w = new WorkbookWriter();
        w.book.getProperties().getCoreProperties().setTitle(title);
        w.notes(title, intro, sheets);
        sheets.forEach(w::sheet);
        w.book.setActiveSheet(1);
        w.book.setFirstVisibleTab(0);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.book.write(out);
            w.book.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void notes(String title, List<String> intro, List<SheetRows> sheets) {
        Sheet s = book.createSheet(NOTES);
        int r = 0;
        cell(s.createRow(r++), 0, title, header);
        for (String line : intro) {
            cell(s.createRow(r++), 0, line, wrapped);
        }
        r++;
        Row head = s.createRow(r++);
        List<String> heads = List.of("Sheet", "Column", "Needed", "What it holds", "Allowed values");
        for (int i = 0; i < heads.size(); i++) {
            cell(head, i, heads.get(i), header);
        }
        for (SheetRows sheet : sheets) {
            SheetFormat<?> format = sheet.format();
            Row sheetRow = s.createRow(r++);
            cell(sheetRow, 0, format.name(), header);
            cell(sheetRow, 3, format.purpose(), wrapped);
            for (Column c : format.columns()) {
                Row row = s.createRow(r++);
                cell(row, 0, format.name(), text);
                cell(row, 1, c.header(), text);
                cell(row, 2, c.required() ? "Yes" : "No", text);
                cell(row, 3, c.note(), wrapped);
                cell(row, 4, String.join("; ", c.allowed()), wrapped);
            }
        }
        s.setColumnWidth(0, 16 * 256);
        s.setColumnWidth(1, 24 * 256);
        s.setColumnWidth(2, 9 * 256);
        s.setColumnWidth(3, 80 * 256);
        s.setColumnWidth(4, 40 * 256);
    }

    private void sheet(SheetRows sheet) {
        Sheet s = book.createSheet(sheet.format().name());
        List<Column> columns = sheet.format().columns();
        Row head = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            boolean forReference = sheet.forReference().contains(i);
            cell(head, i, c.header(), forReference ? referenceHeader : header);
            s.setColumnWidth(i, width(c) * 256);
            s.setDefaultColumnStyle(i, forReference ? reference : style(c));
        }
        s.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : sheet.rows()) {
            Row row = s.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                value(
                        row,
                        i,
                        values.get(i),
                        columns.get(i),
                        sheet.forReference().contains(i));
            }
        }
        DataValidationHelper helper = s.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.type() == Column.Type.CHOICE) {
                DataValidation v = helper.createValidation(
                        helper.createExplicitListConstraint(c.allowed().toArray(String[]::new)),
                        new CellRangeAddressList(1, sheet.rows().size() + LIST_ROWS, i, i));
                v.setShowErrorBox(true);
                v.createErrorBox(c.header(), "Choose one of: " + String.join(", ", c.allowed()));
                s.addValidationData(v);
            }
        }
    }

    private void value(Row row, int i, Object v, Column c, boolean forReference) {
        if (v == null || "".equals(v)) {
            return;
        }
        if (forReference) {
            cell(row, i, v.toString(), reference);
            return;
        }
        switch (v) {
            case BigDecimal n -> row.createCell(i).setCellValue(n.doubleValue());
            case Integer n -> row.createCell(i).setCellValue(n);
            case LocalDate d -> {
                var cell = row.createCell(i);
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            default -> cell(row, i, v.toString(), style(c));
        }
    }

    private CellStyle style(Column c) {
        return switch (c.type()) {
            case DATE -> date;
            case FIGURE, WHOLE -> number;
            default ->
                c.maxLength() > 300 || c.type() == Column.Type.LIST || c.type() == Column.Type.SET ? wrapped : text;
        };
    }

    private static int width(Column c) {
        return switch (c.type()) {
            case WHOLE -> 10;
            case FIGURE, DATE -> 14;
            case CHOICE -> 22;
            default -> c.maxLength() <= 20 ? 12 : c.maxLength() <= 300 ? 30 : 60;
        };
    }

    private static void cell(Row row, int i, String value, CellStyle style) {
        var cell = row.createCell(i);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
