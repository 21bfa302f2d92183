package com.cptracker.transfer;

/**
 * Something in an uploaded file that cannot be taken as it stands, where it is: the sheet, the row as the
 * spreadsheet numbers it, and the column's header (row 0 and no column for a problem of the whole sheet).
 */
public record ImportProblem(String sheet, int row, String column, String message) {

    /** Where, in words: "Actions, row 12, Completion date". */
    public String place() {
        StringBuilder s = new StringBuilder(sheet);
        if (row > 0) {
            s.append(", row ").append(row);
        }
        if (column != null) {
            s.append(", ").append(column);
        }
        return s.toString();
    }
}
