package com.cptracker.board.web;

import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.Tally;
import com.cptracker.status.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A scorecard or an action plan for a quarter as a table, ready for any file format: a summary (what it is, which
 * quarter, whether published, counts by status), then the rows, one per measure or action, in parts (one per
 * priority), all under the same headings. The spreadsheet writes each part as a sheet; the CSV file writes every row
 * under one heading row.
 *
 * @param name     the file's name without its extension: strategy, what it is and the quarter
 * @param title    the document's title
 * @param subject  what the document is about, for its properties
 * @param summary  the summary's lines
 * @param headings the columns' headings, the same for every part
 * @param parts    the rows, by priority
 */
record Export(
        String name,
        String title,
        String subject,
        List<List<ExportCell>> summary,
        List<String> headings,
        List<Part> parts) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Rows under one name: a priority's measures or actions. */
    record Part(String name, List<List<ExportCell>> rows) {}

    /** A column: its heading and what it shows for an item. */
    record Column<T>(String heading, Function<T, ExportCell> cell) {

        /** A column of words; null is an empty cell. */
        static <T> Column<T> text(String heading, Function<T, String> text) {
            return new Column<>(heading, item -> ExportCell.text(text.apply(item)));
        }
    }

    /** The parts' headings and rows, each row the columns' cells for one item, in the columns' order. */
    static <T> Export of(
            String thing,
            QuarterContext context,
            List<List<ExportCell>> summary,
            List<Column<T>> columns,
            List<Named<List<T>>> parts) {
        String quarter = context.quarter().label();
        return new Export(
                context.strategy().slug() + "-" + thing.toLowerCase(Locale.UK).replace(' ', '-') + "-"
                        + context.quarter().code(),
                thing + ", " + quarter + ": " + context.strategy().title(),
                thing + " of " + context.strategy().council() + "'s "
                        + context.strategy().title() + " for " + quarter,
                summary,
                columns.stream().map(Column::heading).toList(),
                parts.stream()
                        .map(p -> new Part(
                                p.name(),
                                p.value().stream()
                                        .map(item -> columns.stream()
                                                .map(c -> c.cell().apply(item))
                                                .toList())
                                        .toList()))
                        .toList());
    }

    /** Something under a name: a priority's items, or its counts. */
    record Named<T>(String name, T value) {}

    /**
     * The summary's opening lines: what it is, the strategy, the council, the quarter, and whether and when it was
     * published and corrected.
     */
    static List<List<ExportCell>> about(String thing, QuarterContext context) {
        List<List<ExportCell>> lines = new ArrayList<>();
        lines.add(List.of(ExportCell.heading(thing + ", " + context.quarter().label())));
        lines.add(line("Strategy", context.strategy().title()));
        lines.add(line("Council", context.strategy().council()));
        lines.add(line("Quarter", context.quarter().label()));
        if (context.asAt().published()) {
            lines.add(List.of(
                    ExportCell.text("Published"),
                    ExportCell.day(LocalDate.ofInstant(context.asAt().publishedAt(), ZoneId.of("Europe/London")))));
        } else {
            lines.add(line(
                    "Published",
                    "Not published: " + context.state().label().toLowerCase(Locale.UK)
                            + "; board members cannot see it"));
        }
        if (context.revised()) {
            lines.add(line(
                    "Revised",
                    "A correction was published on " + DAY.format(context.correctedOn()) + ", after the "
                            + context.boardName() + " first saw it: "
                            + context.edition().reason()));
        }
        return lines;
    }

    /**
     * Counts by status, after an empty line and a heading: a line of the statuses' names, a line per priority (its
     * name, a count per status, the total and the overall status by the strategy's roll-up rule), and one for them all.
     */
    static List<List<ExportCell>> byStatus(
            String heading, List<Status> statuses, List<Named<Tally>> priorities, Tally all) {
        List<List<ExportCell>> lines = new ArrayList<>();
        lines.add(List.of());
        lines.add(List.of(ExportCell.heading(heading)));
        List<ExportCell> names = new ArrayList<>();
        names.add(ExportCell.heading("Priority"));
        statuses.forEach(s -> names.add(ExportCell.heading(s.label())));
        names.add(ExportCell.heading("Total"));
        names.add(ExportCell.heading("Overall"));
        lines.add(names);
        for (Named<Tally> p : priorities) {
            lines.add(counts(p.name(), statuses, p.value()));
        }
        lines.add(counts("All", statuses, all));
        return lines;
    }

    private static List<ExportCell> counts(String name, List<Status> statuses, Tally tally) {
        List<ExportCell> line = new ArrayList<>();
        line.add(ExportCell.text(name));
        statuses.forEach(s -> line.add(ExportCell.count(tally.count(s))));
        line.add(ExportCell.count(tally.total()));
        line.add(ExportCell.text(tally.overall().status().label()));
        return line;
    }

    static List<ExportCell> line(String... texts) {
        return Stream.of(texts).map(ExportCell::text).toList();
    }
}
