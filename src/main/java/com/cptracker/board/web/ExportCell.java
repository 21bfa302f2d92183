package com.cptracker.board.web;

import com.cptracker.measures.MeasureUnit;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of an export, as the spreadsheet and the CSV file both write it: words, a number with the format a
 * spreadsheet shows it in, or a day. Nothing here is ever a formula.
 */
sealed interface ExportCell {

    /** An empty cell: no value, not a zero. */
    ExportCell BLANK = new Text("");

    static ExportCell text(String text) {
        return text == null ? BLANK : new Text(text);
    }

    static ExportCell heading(String text) {
        return new Heading(text);
    }

    static ExportCell yesNo(boolean yes) {
        return new Text(yes ? "Yes" : "No");
    }

    static ExportCell day(LocalDate day) {
        return day == null ? BLANK : new Day(day);
    }

    static ExportCell count(long n) {
        return new Figure(BigDecimal.valueOf(n), "0");
    }

    /**
     * A measure's figure as a number, shown as its page shows it: a percentage is kept as the figure people read
     * (64.5, shown "64.5%"), not as a fraction (0.645 with Excel's percent format), so that the cell, the CSV file, the
     * page, the target and the benchmarks all say 64.5, and a sum or an average of a column is in the same points (a
     * formula that wants the fraction divides by 100).
     * Decimals as many as the figure has, up to two, as on the page.
     */
    static ExportCell figure(BigDecimal value, MeasureUnit unit) {
        if (value == null) {
            return BLANK;
        }
        int decimals = Math.clamp(value.stripTrailingZeros().scale(), 0, 2);
        String number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        String format = switch (unit) {
            // An escaped %: shown, but not multiplying by 100 as a bare % would. ("%" in quotes does the same in
            // Excel, but Apache POI's DataFormatter takes it for a bare one.)
            case PERCENTAGE -> number + "\\%";
            case DAYS -> number + (value.compareTo(BigDecimal.ONE) == 0 ? "\" day\"" : "\" days\"");
            default -> number;
        };
        return new Figure(value, format);
    }

    /** Words. */
    record Text(String text) implements ExportCell {}

    /** Words that head a column or a part of the summary. */
    record Heading(String text) implements ExportCell {}

    /** A number and the spreadsheet number format that shows it. */
    record Figure(BigDecimal value, String format) implements ExportCell {}

    /** A calendar day. */
    record Day(LocalDate day) implements ExportCell {}
}
