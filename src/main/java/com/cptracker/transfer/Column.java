package com.cptracker.transfer;

import java.util.List;

/**
 * A column of a sheet of the workbook: its header (the words a council uses, and what the upload looks for), what it
 * holds (for the notes sheet), whether a row needs it, the most characters it takes, and for a column of fixed values
 * the values allowed (offered as a list in the cell).
 */
public record Column(String header, String note, boolean required, int maxLength, Type type, List<String> allowed) {

    /** How a column's cells are written and read. */
    public enum Type {
        TEXT,
        /** Several values in one cell, one per line (or separated by semicolons), in order. */
        LIST,
        /** Several values in one cell, as {@link #LIST}, whose order means nothing: read and written sorted. */
        SET,
        /** A whole number. */
        WHOLE,
        /** A figure, read as every figure is ({@code common.Figures}). */
        FIGURE,
        /** A date cell. */
        DATE,
        /** One of {@link #allowed}. */
        CHOICE
    }

    public static Column text(String header, int maxLength, boolean required, String note) {
        return new Column(header, note, required, maxLength, Type.TEXT, List.of());
    }

    public static Column list(String header, String note) {
        return new Column(header, note, false, 20_000, Type.LIST, List.of());
    }

    public static Column set(String header, String note) {
        return new Column(header, note, false, 20_000, Type.SET, List.of());
    }

    public static Column whole(String header, boolean required, String note) {
        return new Column(header, note, required, 10, Type.WHOLE, List.of());
    }

    public static Column figure(String header, String note) {
        return new Column(header, note, false, 30, Type.FIGURE, List.of());
    }

    public static Column date(String header, String note) {
        return new Column(header, note, true, 30, Type.DATE, List.of());
    }

    public static Column choice(String header, boolean required, String note, List<String> allowed) {
        return new Column(header, note, required, 100, Type.CHOICE, List.copyOf(allowed));
    }
}
