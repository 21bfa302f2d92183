package com.cptracker.transfer;

import com.cptracker.transfer.Spreadsheet.Cell;
import com.cptracker.transfer.Spreadsheet.Kind;
import com.cptracker.transfer.Spreadsheet.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of a workbook as a stream of its XML: its rows and typed cells, refusing a formula, an error, merged
 * cells or too many rows where it meets them. A number formatted as a date is a date; one formatted as a percentage
 * is the figure it shows.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private final String sheet;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final int maxRows;
    private final List<Row> rows = new ArrayList<>();

    private List<Cell> cells = new ArrayList<>();
    private int rowNumber;
    private int cellColumn;
    private String cellType;
    private String cellStyle;
    private boolean formula;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;

    XlsxSheetHandler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
    }

    /** The sheet's rows that hold anything, once it has been read. */
    List<Row> rows() {
        return List.copyOf(rows);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        switch (local) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                if (rowNumber > maxRows) {
                    throw SpreadsheetReader.tooManyRows("The sheet \"" + sheet + "\"", maxRows);
                }
                cells = new ArrayList<>();
                cellColumn = -1;
            }
            case "c" -> {
                String r = a.getValue("r");
                cellColumn = r == null ? cellColumn + 1 : column(r);
                cellType = a.getValue("t");
                cellStyle = a.getValue("s");
                formula = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v", "t" -> inValue = true;
            case "mergeCell" ->
                throw refuse("has merged cells (" + a.getValue("ref")
                        + "). Unmerge them and put each value in its own cell");
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        switch (local) {
            case "v", "t" -> inValue = false;
            case "c" -> cell();
            case "row" -> {
                if (!cells.isEmpty()) {
                    rows.add(new Row(rowNumber, List.copyOf(cells)));
                }
            }
            default -> {}
        }
    }

    private void cell() {
        String where = "Cell " + Cell.reference(cellColumn, rowNumber) + " on the sheet \"" + sheet + "\"";
        if (formula) {
            throw new SpreadsheetRefused(where + " holds a formula. Copy the sheet and paste values only, "
                    + "so that the file holds the figures themselves");
        }
        String v = value.toString();
        if ("e".equals(cellType)) {
            throw new SpreadsheetRefused(where + " holds an error (" + v + "). Correct it or empty the cell");
        }
        if (v.isBlank()) {
            return;
        }
        if ("s".equals(cellType)) {
            text(strings.getItemAt(Integer.parseInt(v.strip())).getString());
        } else if ("inlineStr".equals(cellType) || "str".equals(cellType)) {
            text(v);
        } else if ("b".equals(cellType)) {
            cells.add(new Cell(cellColumn, Kind.BOOLEAN, "1".equals(v.strip()) ? "TRUE" : "FALSE", null, null));
        } else if ("d".equals(cellType)) {
            throw new SpreadsheetRefused(where + " holds a date in a form Excel does not save. Save the file again");
        } else {
            number(where, v.strip());
        }
    }

    private void text(String t) {
        if (!t.isBlank()) {
            cells.add(new Cell(cellColumn, Kind.TEXT, t.strip(), null, null));
        }
    }

    private void number(String where, String v) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new SpreadsheetRefused(where + " cannot be read. Type its value again");
        }
        XSSFCellStyle style = cellStyle == null ? null : styles.getStyleAt(Integer.parseInt(cellStyle));
        String format = style == null ? null : style.getDataFormatString();
        int formatIndex = style == null ? 0 : style.getDataFormat();
        if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(d)) {
            var date = DateUtil.getLocalDateTime(d).toLocalDate();
            cells.add(new Cell(cellColumn, Kind.DATE, date.toString(), null, date));
            return;
        }
        BigDecimal n = new BigDecimal(Double.toString(d));
        if (format != null && percentFormat(format)) {
            // A cell formatted as a percentage shows 0.645 as 64.5%: the figure a person reads is 64.5.
            n = n.movePointRight(2);
        }
        n = n.stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        cells.add(new Cell(cellColumn, Kind.NUMBER, n.toPlainString(), n, null));
    }

    private SpreadsheetRefused refuse(String what) {
        return new SpreadsheetRefused("The sheet \"" + sheet + "\" " + what);
    }

    /** A percentage format: a % sign outside quotes (a quoted "%" is only shown, the figure is not scaled). */
    static boolean percentFormat(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static int column(String reference) {
        int c = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return c - 1;
    }
}
