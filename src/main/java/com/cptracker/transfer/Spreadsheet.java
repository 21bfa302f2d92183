package com.cptracker.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded spreadsheet as its cells hold it, read by {@link SpreadsheetReader}: its sheets in order, each a list of
 * its non-blank rows, each cell typed as the file types it. Nothing here is yet a strategy's data: the template's
 * sheets are read from it by {@link SheetReading}.
 */
public record Spreadsheet(String fileName, List<Sheet> sheets) {

    public Optional<Sheet> sheet(String name) {
        return sheets.stream()
                .filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** A sheet: its rows that hold anything, in order. */
    public record Sheet(String name, List<Row> rows) {}

    /** A row, numbered as the spreadsheet numbers it (from 1), with its cells in column order. */
    public record Row(int number, List<Cell> cells) {

        public Optional<Cell> cell(int column) {
            return cells.stream().filter(c -> c.column() == column).findFirst();
        }
    }

    /** What a cell holds. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN
    }

    /**
     * One cell, {@code column} counted from 0. {@code text} is its text as a person sees it (a number as its plain
     * digits, a percentage as the figure shown: 0.645 formatted as 64.5% is 64.5); {@code number} and {@code date} are
     * set for number and date cells.
     */
    public record Cell(int column, Kind kind, String text, BigDecimal number, LocalDate date) {

        /** The cell's place as the spreadsheet names it: column letters then row, such as "C12". */
        public static String reference(int column, int row) {
            return letters(column) + row;
        }

        public static String letters(int column) {
            StringBuilder s = new StringBuilder();
            for (int c = column; c >= 0; c = c / 26 - 1) {
                s.insert(0, (char) ('A' + c % 26));
            }
            return s.toString();
        }
    }
}
