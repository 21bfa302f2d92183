package com.cptracker.board.web;

import com.cptracker.board.web.Export.Part;
import com.cptracker.board.web.ExportCell.Day;
import com.cptracker.board.web.ExportCell.Figure;
import com.cptracker.board.web.ExportCell.Heading;
import com.cptracker.board.web.ExportCell.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an export's rows as CSV (RFC 4180): a heading row, then one row per measure or action, every part's rows in
 * turn; the summary is the spreadsheet's alone. Written here rather than with a CSV library because writing is a
 * dozen lines (no library for it is on the class path, and parsing, the hard half, is never needed: the tests read the
 * files back with Commons CSV, a parser that did not write them).
 */
final class CsvWriter {

    /**
     * Excel reads a CSV file without a byte order mark in the computer's legacy code page (Windows-1252 in England), so
     * that "£" and "é" come out as "Â£" and "Ã©"; the mark tells it, and every other program, that the file is UTF-8.
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvWriter() {}

    static void write(Export export, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BYTE_ORDER_MARK);
        line(w, export.headings().stream().map(ExportCell::heading).toList());
        for (Part part : export.parts()) {
            for (List<ExportCell> row : part.rows()) {
                line(w, row);
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<ExportCell> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** A cell as a CSV field: a number plainly ("-3.5", never "-3.5E+1"), a day as 2019-07-31, words made safe. */
    static String field(ExportCell cell) {
        return switch (cell) {
            case Figure f -> f.value().stripTrailingZeros().toPlainString();
            case Day d -> d.day().toString();
            case Text t -> quote(inert(t.text()));
            case Heading h -> quote(inert(h.text()));
        };
    }

    /**
     * Words that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return: "=HYPERLINK(...)"
     * in an officer's progress update) get an apostrophe in front, so that they stay words (OWASP's advice on CSV
     * injection). Only words: numbers are written as numbers, so a negative figure stays a number.
     */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** RFC 4180: a field with a comma, a double quote or a line break is quoted, its double quotes doubled. */
    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
