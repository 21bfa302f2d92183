package com.cptracker.transfer;

import com.cptracker.common.Figures.Figure;
import com.cptracker.common.Figures.Read;
import com.cptracker.transfer.Spreadsheet.Cell;
import com.cptracker.transfer.Spreadsheet.Kind;
import com.cptracker.transfer.Spreadsheet.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a sheet, read column by column against its {@link SheetFormat}: each reading that fails adds a problem
 * naming the sheet, the row and the column, and gives null, so that every problem of a file is found at once.
 */
final class Line {

    private final SheetFormat<?> format;
    private final Row row;
    private final int[] place;
    private final List<ImportProblem> problems;
    private final Map<String, Figure> figures;

    /**
     * {@code place[i]} is the spreadsheet column that holds the format's column i (-1 for none); {@code figures} says
     * how a figure on this row is read, by the measure ref it is for.
     */
    Line(SheetFormat<?> format, Row row, int[] place, List<ImportProblem> problems, Map<String, Figure> figures) {
        this.format = format;
        this.row = row;
        this.place = place;
        this.problems = problems;
        this.figures = figures;
    }

    int number() {
        return row.number();
    }

    private Column column(int i) {
        return format.columns().get(i);
    }

    private Optional<Cell> cell(int i) {
        return place[i] < 0 ? Optional.empty() : row.cell(place[i]);
    }

    /** Whether the cell holds anything, without reading it (so that its problems are not told twice). */
    boolean filled(int i) {
        return cell(i).isPresent();
    }

    void problem(int i, String message) {
        problems.add(new ImportProblem(format.name(), row.number(), column(i).header(), message));
    }

    /** The cell's text, checked for presence when required and for length; null when empty. */
    String text(int i) {
        Column c = column(i);
        Optional<Cell> cell = cell(i);
        if (cell.isEmpty()) {
            if (c.required()) {
                problem(i, "Enter the " + c.header().toLowerCase() + ": it cannot be empty");
            }
            return null;
        }
        String t = cell.get().text();
        if (cell.get().kind() == Kind.DATE && c.type() != Column.Type.DATE) {
            problem(
                    i,
                    "This cell is a date, but the column takes text. Format the cell as Text and type it "
                            + "as the document writes it");
            return null;
        }
        if (t.length() > c.maxLength()) {
            problem(
                    i,
                    String.format(
                            "The %s must be %,d characters or fewer (it has %,d)",
                            c.header().toLowerCase(), c.maxLength(), t.length()));
            return null;
        }
        return t.replace("\r\n", "\n");
    }

    /** Several values in one cell, one per line or separated by semicolons. */
    List<String> list(int i) {
        String t = text(i);
        if (t == null) {
            return List.of();
        }
        var values = Arrays.stream(t.split("[;\n]")).map(String::strip).filter(s -> !s.isEmpty());
        return column(i).type() == Column.Type.SET ? values.distinct().sorted().toList() : values.toList();
    }

    Integer whole(int i) {
        String t = text(i);
        if (t == null) {
            return null;
        }
        if (!t.matches("\\d{1,6}")) {
            problem(i, "Enter the " + column(i).header().toLowerCase() + " as a whole number, like 3");
            return null;
        }
        return Integer.valueOf(t);
    }

    /** A figure, read as every figure is, for the measure the row is about ({@code ref}). */
    BigDecimal figure(int i, String ref) {
        return ref == null ? null : figure(i, figures.getOrDefault(ref, Figure.of("the figure", "92.4", false)));
    }

    /** A figure read as {@code figure} says (in a measure's unit, or a margin); null, with the problem, otherwise. */
    BigDecimal figure(int i, Figure figure) {
        String t = text(i);
        if (t == null) {
            return null;
        }
        Read read = figure.read(t);
        if (read.problem() != null) {
            problem(i, read.problem());
        }
        return read.number();
    }

    LocalDate date(int i) {
        Column c = column(i);
        Optional<Cell> cell = cell(i);
        if (cell.isEmpty()) {
            problem(i, "Enter the " + c.header().toLowerCase() + " as a date");
            return null;
        }
        if (cell.get().kind() != Kind.DATE) {
            problem(
                    i,
                    "The " + c.header().toLowerCase() + " is typed as text (\""
                            + cell.get().text()
                            + "\"). Enter it as a date, like 01/04/2025, so that the cell is a date");
            return null;
        }
        return cell.get().date();
    }

    /** One of the column's allowed values, matched without regard to case; null, with the problem, otherwise. */
    <E> E choice(int i, Function<String, E> byLabel) {
        String t = text(i);
        if (t == null) {
            return null;
        }
        for (String allowed : column(i).allowed()) {
            if (allowed.equalsIgnoreCase(t)) {
                return byLabel.apply(allowed);
            }
        }
        problem(
                i,
                "Choose the " + column(i).header().toLowerCase() + " from the list: "
                        + String.join(", ", column(i).allowed()));
        return null;
    }
}
