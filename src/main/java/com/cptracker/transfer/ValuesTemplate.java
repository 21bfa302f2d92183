package com.cptracker.transfer;

import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.TypedValue;
import com.cptracker.status.Mark;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.work.WorkService.MeasureItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
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
 * The workbook an officer fills in with a quarter's values: a row per measure they may enter now, as the values page
 * shows them, with its ref, name, unit, period, last value and target in grey (for reference, not read), then Value,
 * Status (a list) and Comment, filled with what is saved already; and a notes sheet explaining every column.
 */
final class ValuesTemplate {

    private ValuesTemplate() {}

    static byte[] write(StrategySummary s, String quarter, List<MeasureItem> items) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle("Values for " + quarter + " - " + s.title());
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle header = book.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle reference = book.createCellStyle();
            reference.cloneStyleFrom(text);
            reference.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            reference.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle referenceHeader = book.createCellStyle();
            referenceHeader.cloneStyleFrom(reference);
            referenceHeader.setFont(bold);

            Sheet sheet = book.createSheet(ValuesFile.SHEET);
            List<Column> columns = ValuesFile.FORMAT.columns();
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                boolean forReference = ValuesFile.FOR_REFERENCE.contains(i);
                cell(head, i, columns.get(i).header(), forReference ? referenceHeader : header);
                sheet.setColumnWidth(i, (i == 1 || i == ValuesFile.COMMENT ? 50 : 14) * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (MeasureItem item : items) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(item, s.smallNumberMark());
                for (int i = 0; i < cells.size(); i++) {
                    cell(row, i, cells.get(i), ValuesFile.FOR_REFERENCE.contains(i) ? reference : text);
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation statuses = helper.createValidation(
                    helper.createExplicitListConstraint(ValuesFile.OWNER_STATUSES.toArray(String[]::new)),
                    new CellRangeAddressList(1, Math.max(1, items.size()), ValuesFile.STATUS, ValuesFile.STATUS));
            statuses.setShowErrorBox(true);
            statuses.createErrorBox("Status", "Choose Red, Amber or Green (qualitative measures only)");
            sheet.addValidationData(statuses);
            notes(book.createSheet(StrategyWorkbook.NOTES), s, quarter, header, text);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A measure's row: its reference columns, then what is saved for the period (empty when nothing is). */
    private static List<String> cells(MeasureItem item, String smallNumberMark) {
        var m = item.view().measure();
        var c = item.current();
        ValueView last = Stream.of(item.view().value(), item.view().previous())
                .filter(v -> v != null && !v.period().equals(item.period()))
                .findFirst()
                .orElse(null);
        return List.of(
                m.ref(),
                m.title(),
                m.unit().label(),
                item.period().label(),
                last == null ? "" : last.display() + " (" + last.period().label() + ")",
                item.view().target() == null ? "" : item.view().target().describe(),
                c == null ? "" : TypedValue.shown(c.value(), c.mark(), smallNumberMark),
                c == null || c.ownerStatus() == null ? "" : c.ownerStatus().label(),
                c == null || c.note() == null ? "" : c.note());
    }

    private static void notes(Sheet notes, StrategySummary s, String quarter, CellStyle header, CellStyle text) {
        int r = 0;
        cell(notes.createRow(r++), 0, "Values for " + quarter + " - " + s.title(), header);
        for (String line : List.of(
                "Type each measure's value in the Value column, and for a qualitative measure its status. Leave a"
                        + " row's Value and Status empty to leave it out.",
                "The grey columns are for reference only and are not read: change them and nothing changes.",
                "Upload the file on the tracker's values page (as this workbook or saved as CSV with the same"
                        + " columns). It is checked first: you see each row's value, the status it would get and any"
                        + " problem, and nothing is saved until you confirm. Then every row is saved, or none.",
                "Marks in place of a figure: c confidential, x not available, z not applicable, "
                        + Mark.SMALL_NUMBER.symbol(s.smallNumberMark())
                        + " a small number. A mark is never read as 0.")) {
            cell(notes.createRow(r++), 0, line, text);
        }
        r++;
        Row head = notes.createRow(r++);
        cell(head, 0, "Column", header);
        cell(head, 1, "What it holds", header);
        for (Column c : ValuesFile.FORMAT.columns()) {
            Row row = notes.createRow(r++);
            cell(row, 0, c.header(), text);
            cell(row, 1, c.note(), text);
        }
        notes.setColumnWidth(0, 14 * 256);
        notes.setColumnWidth(1, 100 * 256);
    }

    private static void cell(Row row, int i, String value, CellStyle style) {
        var cell = row.createCell(i);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
