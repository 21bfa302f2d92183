package com.cptracker.board.web;

import com.cptracker.board.web.Export.Part;
import com.cptracker.board.web.ExportCell.Day;
import com.cptracker.board.web.ExportCell.Figure;
import com.cptracker.board.web.ExportCell.Heading;
import com.cptracker.board.web.ExportCell.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as an .xlsx workbook: a "Summary" sheet, then a sheet per part (priority) with its heading row
 * frozen and filters on. Numbers are number cells with the format the page shows them in, days are date cells, words
 * are text cells (never formulas).
 *
 * <p>Streamed (SXSSF): rows past the last hundred of a sheet go to a temporary file, which closing the workbook
 * deletes. On a strategy of 870 actions that allocates 15 MB and takes about 150 ms, where the all-in-memory XSSF
 * allocated 190 MB and took 250 to 550 ms.
 */
final class XlsxWriter {

    /** Excel's limit on a sheet's name. */
    static final int SHEET_NAME_LIMIT = 31;

    /** The widest a column is made, in characters: longer text wraps. */
    private static final int WIDEST = 60;

    private final SXSSFWorkbook workbook;
    private final CellStyle heading;
    private final CellStyle wrapped;
    private final CellStyle day;
    private final Map<String, CellStyle> figures = new HashMap<>();

    private XlsxWriter(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.TOP);
        heading.setBorderBottom(BorderStyle.THIN);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
        day.setVerticalAlignment(VerticalAlignment.TOP);
    }

    static void write(Export export, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            new XlsxWriter(workbook).workbook(export, out);
        }
    }

    private void workbook(Export export, OutputStream out) throws IOException {
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(export.title());
        properties.setSubjectProperty(export.subject());
        properties.setCreator("Corporate Parenting Tracker");
        Set<String> taken = new HashSet<>();
        Sheet summary = workbook.createSheet(sheetName("Summary", taken));
        for (int r = 0; r < export.summary().size(); r++) {
            row(summary, r, export.summary().get(r));
        }
        widths(summary, export.summary());
        for (Part part : export.parts()) {
            Sheet sheet = workbook.createSheet(sheetName(part.name(), taken));
            List<ExportCell> headings =
                    export.headings().stream().map(ExportCell::heading).toList();
            row(sheet, 0, headings);
            for (int r = 0; r < part.rows().size(); r++) {
                row(sheet, r + 1, part.rows().get(r));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, part.rows().size(), 0, headings.size() - 1));
            widths(
                    sheet,
                    Stream.concat(Stream.of(headings), part.rows().stream()).toList());
        }
        workbook.write(out);
    }

    private void row(Sheet sheet, int index, List<ExportCell> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            ExportCell value = cells.get(c);
            if (value.equals(ExportCell.BLANK)) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case Text t -> {
                    cell.setCellValue(t.text());
                    cell.setCellStyle(t.text().length() > WIDEST ? wrapped : null);
                }
                case Heading h -> {
                    cell.setCellValue(h.text());
                    cell.setCellStyle(heading);
                }
                case Figure f -> {
                    cell.setCellValue(f.value().doubleValue());
                    cell.setCellStyle(figure(f.format()));
                }
                case Day d -> {
                    cell.setCellValue(d.day());
                    cell.setCellStyle(day);
                }
            }
        }
    }

    private CellStyle figure(String format) {
        return figures.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /**
     * Each column as wide as its longest text, between 8 and {@value #WIDEST} characters: longer text wraps, and so do
     * headings over 20.
     */
    private static void widths(Sheet sheet, List<List<ExportCell>> rows) {
        Map<Integer, Integer> widest = new HashMap<>();
        for (List<ExportCell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widest.merge(c, length(row.get(c)), Math::max);
            }
        }
        widest.forEach((c, n) -> sheet.setColumnWidth(c, Math.clamp(n + 2, 8, WIDEST) * 256));
    }

    private static int length(ExportCell cell) {
        return switch (cell) {
            case Text t -> t.text().length();
            case Heading h -> Math.min(h.text().length(), 20);
            case Figure f -> f.value().toPlainString().length() + 4;
            case Day d -> 11;
        };
    }

    /**
     * A valid sheet name that no earlier sheet has (ignoring case, as Excel does): Excel's forbidden characters
     * ({@code \ / ? * [ ] :}) become spaces (one for a run), at most {@value #SHEET_NAME_LIMIT} characters, "(2)", "(3)"... added to
     * a name already taken, and never "History", which Excel keeps for itself.
     */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.strip())
                .replaceAll("\\s+", " ")
                .strip();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("History"); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
