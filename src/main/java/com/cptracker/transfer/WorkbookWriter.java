package com.cptracker.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the whole-strategy workbook: a notes sheet explaining every sheet and column and the values allowed, then a
 * sheet per part of the strategy with its header row, its rows (none for the template), text columns formatted as
 * text (so that Excel keeps "September 2025" as typed), date columns as dates, and a list to choose from in every
 * cell whose values are fixed.
 */
final class WorkbookWriter {

    /** How far down a sheet the lists of fixed values reach, beyond its rows. */
    private static final int LIST_ROWS = 2_000;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle number;

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
    }

    /** The workbook for a strategy: empty sheets for the template ({@code document} null), else its items. */
    static byte[] write(StrategyDocument document, String title) {
        WorkbookWriter w = new WorkbookWriter();
        w.book.getProperties().getCoreProperties().setTitle(title);
        w.notes(title);
        for (SheetFormat<?> format : StrategyWorkbook.SHEETS) {
            w.sheet(format, document);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.book.write(out);
            w.book.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void notes(String title) {
        Sheet s = book.createSheet(StrategyWorkbook.NOTES);
        int r = 0;
        cell(s.createRow(r++), 0, title, header);
        for (String line : List.of(
                "Fill in a sheet for each part of the strategy, a row for each item, as the document writes it. "
                        + "Leave a sheet empty if the document has none of it.",
                "Upload the workbook on the tracker's Import page: it first shows what it would create and change, "
                        + "and every problem by sheet, row and column; nothing changes until you confirm.",
                "Items are matched by their ref (or number, or name): a row whose ref the strategy already has "
                        + "updates that item; a new ref adds one. Items the workbook leaves out are kept as they are.",
                "A strategy's export holds every item of it, complete actions included, but not archived items, "
                        + "retired measures or cancelled and superseded actions, which its pages leave out too.",
                "Type values, not formulas; do not merge cells; keep each sheet's header row as it is. A cell with "
                        + "several values takes one per line (Alt+Enter) or separated by semicolons.")) {
            cell(s.createRow(r++), 0, line, wrapped);
        }
        r++;
        Row head = s.createRow(r++);
        List<String> heads = List.of("Sheet", "Column", "Needed", "What it holds", "Allowed values");
        for (int i = 0; i < heads.size(); i++) {
            cell(head, i, heads.get(i), header);
        }
        for (SheetFormat<?> format : StrategyWorkbook.SHEETS) {
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

    private <T> void sheet(SheetFormat<T> format, StrategyDocument document) {
        Sheet s = book.createSheet(format.name());
        List<Column> columns = format.columns();
        Row head = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            cell(head, i, c.header(), header);
            s.setColumnWidth(i, width(c) * 256);
            s.setDefaultColumnStyle(i, style(c));
        }
        s.createFreezePane(0, 1);
        List<T> items = document == null ? List.of() : format.items().apply(document);
        int r = 1;
        for (T item : items) {
            Row row = s.createRow(r++);
            List<Object> values = format.cells().apply(item);
            for (int i = 0; i < values.size(); i++) {
                value(row, i, values.get(i), columns.get(i));
            }
        }
        DataValidationHelper helper = s.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.type() == Column.Type.CHOICE) {
                DataValidation v = helper.createValidation(
                        helper.createExplicitListConstraint(c.allowed().toArray(String[]::new)),
                        new CellRangeAddressList(1, items.size() + LIST_ROWS, i, i));
                v.setShowErrorBox(true);
                v.createErrorBox(c.header(), "Choose one of: " + String.join(", ", c.allowed()));
                s.addValidationData(v);
            }
        }
    }

    private void value(Row row, int i, Object v, Column c) {
        if (v == null || "".equals(v)) {
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
