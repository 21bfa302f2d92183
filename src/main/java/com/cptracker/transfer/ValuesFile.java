package com.cptracker.transfer;

import com.cptracker.status.Status;
import com.cptracker.transfer.Spreadsheet.Sheet;
import com.cptracker.transfer.StrategyDocument.Item;
import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet of measures' values, the same for an officer's quarter and an administrator's history: a sheet
 * "Values" (or a CSV file) with a row per measure and period. Ref, Period, Value, Status and Comment are read; Measure,
 * Unit, Last value and Target are there for reference and ignored. Written by {@link ValuesTemplate}, read here, both
 * from the one list of columns.
 */
final class ValuesFile {

    static final String SHEET = "Values";

    static final int REF = 0;
    static final int PERIOD = 3;
    static final int VALUE = 6;
    static final int STATUS = 7;
    static final int COMMENT = 8;

    /** Columns read only for reference, the template's grey ones. */
    static final List<Integer> FOR_REFERENCE = List.of(1, 2, 4, 5);

    static final List<String> OWNER_STATUSES = List.of("Red", "Amber", "Green");

    static final SheetFormat<Typed> FORMAT = new SheetFormat<>(
            SHEET,
            "A row per measure and period: type the value, and for a qualitative measure its status, in each row to"
                    + " enter. A row whose Value and Status are empty is left out.",
            List.of(
                    Column.text("Ref", 20, true, "The measure's ref, as the scorecard shows it, like P2.11."),
                    Column.text("Measure", 2000, false, "For reference: the measure's name. Not read."),
                    Column.text("Unit", 100, false, "For reference: what the value is counted in. Not read."),
                    Column.text(
                            "Period",
                            60,
                            true,
                            "The period the value is for, as the scorecard names it: 2024-25 Q3, April 2024, 2024-25,"
                                    + " Autumn term 2024-25."),
                    Column.text("Last value", 100, false, "For reference: the measure's latest value. Not read."),
                    Column.text("Target", 100, false, "For reference: the target for the period's year. Not read."),
                    Column.text(
                            "Value",
                            30,
                            false,
                            "The figure in the measure's unit (92.4 or 92.4% for a percentage), or a mark in its"
                                    + " place: c confidential, x not available, z not applicable, or the strategy's"
                                    + " small-number mark. A mark is never read as 0."),
                    Column.choice(
                            "Status",
                            false,
                            "Qualitative measures only: your rating, Red, Amber or Green, with a comment.",
                            OWNER_STATUSES),
                    Column.text(
                            "Comment",
                            2000,
                            false,
                            "Needed when the figure is red or amber, and for every qualitative measure's status.")),
            t -> List.of(),
            ValuesFile::read,
            d -> List.of());

    private ValuesFile() {}

    /** A row as typed: its number in the file and its cells (null when empty). */
    record Typed(int row, String ref, String period, String value, Status status, String comment) implements Item {

        /** Nothing to enter: no value and no status. */
        boolean blank() {
            return value == null && status == null;
        }

        /** A row entered twice for one measure and period is refused: the key says which. */
        @Override
        public String key() {
            return blank() || ref == null || period == null ? null : ref.strip() + " for " + period.strip();
        }
    }

    private static Typed read(Line line) {
        return new Typed(
                line.number(),
                line.text(REF),
                line.text(PERIOD),
                line.text(VALUE),
                line.choice(STATUS, label -> Status.valueOf(label.toUpperCase(Locale.ROOT))),
                line.text(COMMENT));
    }

    /**
     * The file's rows, with every problem of a cell or of the header: the sheet "Values" of a workbook, or else its
     * first sheet other than the notes (so a CSV file, or a sheet renamed, is read the same).
     */
    static List<Typed> rows(Spreadsheet file, List<ImportProblem> problems) {
        Sheet sheet = file.sheet(SHEET)
                .or(() -> file.sheets().stream()
                        .filter(s -> !s.name().equalsIgnoreCase(StrategyWorkbook.NOTES))
                        .findFirst())
                .orElseThrow(() -> new SpreadsheetRefused(file.fileName() + " has no sheet of values. Download the"
                        + " template, type the values into it and upload it"));
        Spreadsheet values = new Spreadsheet(file.fileName(), List.of(new Sheet(SHEET, sheet.rows())));
        boolean hasValue = !sheet.rows().isEmpty()
                && sheet.rows().getFirst().cells().stream()
                        .anyMatch(c -> c.text().strip().equalsIgnoreCase("Value"));
        List<Typed> rows = WorkbookParser.sheetOf(values, FORMAT, problems);
        if (!sheet.rows().isEmpty() && !hasValue) {
            problems.add(new ImportProblem(
                    SHEET,
                    sheet.rows().getFirst().number(),
                    "Value",
                    "The sheet has no \"Value\" column. Add it" + " from the template"));
        }
        return rows;
    }
}
