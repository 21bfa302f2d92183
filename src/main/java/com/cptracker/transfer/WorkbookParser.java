package com.cptracker.transfer;

import com.cptracker.common.Figures.Figure;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.transfer.Spreadsheet.Cell;
import com.cptracker.transfer.Spreadsheet.Row;
import com.cptracker.transfer.Spreadsheet.Sheet;
import com.cptracker.transfer.StrategyDocument.ActionItem;
import com.cptracker.transfer.StrategyDocument.BenchmarkItem;
import com.cptracker.transfer.StrategyDocument.BodyItem;
import com.cptracker.transfer.StrategyDocument.Item;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.PartnerItem;
import com.cptracker.transfer.StrategyDocument.PriorityItem;
import com.cptracker.transfer.StrategyDocument.PromiseItem;
import com.cptracker.transfer.StrategyDocument.RecommendationItem;
import com.cptracker.transfer.StrategyDocument.SectionItem;
import com.cptracker.transfer.StrategyDocument.StatementItem;
import com.cptracker.transfer.StrategyDocument.TargetItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole-strategy workbook's sheets from a spreadsheet into a {@link StrategyDocument}, with every problem
 * by sheet, row and column: a sheet or column missing, one that is not the template's, a cell that does not read.
 * Whether the items agree with each other and with the strategy is {@link DocumentChecks}' work.
 */
final class WorkbookParser {

    /** The document read, every problem found, and the row each item came from, by sheet and key. */
    record Parsed(StrategyDocument document, List<ImportProblem> problems, Map<String, Map<String, Integer>> rows) {

        int row(String sheet, String key) {
            return rows.getOrDefault(sheet, Map.of()).getOrDefault(key, 0);
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Map<String, Integer>> rows = new HashMap<>();
    private final Map<String, Figure> figures = new HashMap<>();

    private WorkbookParser() {}

    /**
     * Reads the workbook; {@code units} are the measures the strategy already has, by ref, so that a target for one
     * of them is read in its unit. A file without the template's sheets at all is refused as a whole.
     */
    static Parsed parse(Spreadsheet file, Map<String, MeasureUnit> units) {
        boolean any = StrategyWorkbook.SHEETS.stream()
                .anyMatch(f -> file.sheet(f.name()).isPresent());
        if (!any) {
            throw new SpreadsheetRefused(file.fileName() + " is not the strategy workbook: it has none of its sheets ("
                    + String.join(", ", StrategyWorkbook.names()) + "). Download the template and fill it in");
        }
        WorkbookParser p = new WorkbookParser();
        units.forEach(p::unit);
        List<MeasureItem> measures = p.sheet(file, MeasureSheets.MEASURES);
        measures.stream().filter(m -> m.ref() != null && m.unit() != null).forEach(m -> p.unit(m.ref(), m.unit()));
        List<StrategyFields> strategy = p.sheet(file, StrategyWorkbook.STRATEGY);
        // The strategy's row has no key of its own: it is kept by the sheet's name, for its problems' row.
        file.sheet(StrategyWorkbook.STRATEGY.name())
                .filter(s -> s.rows().size() > 1)
                .ifPresent(s -> p.rows.computeIfAbsent(StrategyWorkbook.STRATEGY.name(), k -> new HashMap<>())
                        .put(StrategyWorkbook.STRATEGY.name(), s.rows().get(1).number()));
        if (strategy.size() > 1) {
            p.problems.add(new ImportProblem(
                    StrategyWorkbook.STRATEGY.name(), 0, null, "The sheet must have one row, for the strategy"));
        }
        List<SectionItem> sections = p.sheet(file, StrategyWorkbook.SECTIONS);
        List<PartnerItem> partners = p.sheet(file, StrategyWorkbook.PARTNERS);
        List<BodyItem> bodies = p.sheet(file, StrategyWorkbook.GOVERNANCE);
        List<PriorityItem> priorities = p.sheet(file, PlanSheets.PRIORITIES);
        List<StatementItem> statements = p.sheet(file, PlanSheets.STATEMENTS);
        List<ActionItem> actions = p.sheet(file, PlanSheets.ACTIONS);
        List<TargetItem> targets = p.sheet(file, MeasureSheets.TARGETS);
        List<BenchmarkItem> benchmarks = p.sheet(file, MeasureSheets.BENCHMARKS);
        List<PromiseItem> promises = p.sheet(file, StrategyWorkbook.PROMISES);
        List<RecommendationItem> recommendations = p.sheet(file, StrategyWorkbook.RECOMMENDATIONS);
        StrategyDocument d = new StrategyDocument(
                strategy.isEmpty() ? null : strategy.getFirst(),
                sections,
                partners,
                bodies,
                priorities,
                statements,
                actions,
                measures,
                targets,
                benchmarks,
                promises,
                recommendations);
        return new Parsed(d, List.copyOf(p.problems), p.rows);
    }

    private void unit(String ref, MeasureUnit unit) {
        figures.put(
                ref, unit.figure("the figure for " + ref, unit == MeasureUnit.PERCENTAGE ? "92.4 or 92.4%" : "92.4"));
    }

    /**
     * Reads one sheet of another upload than the workbook (a sheet of values) by its format, as the workbook's sheets
     * are read: its header matched to the format's columns, every problem by row and column added to {@code
     * problems}, and a row listed twice (by its item's key) refused.
     */
    static <T> List<T> sheetOf(Spreadsheet file, SheetFormat<T> format, List<ImportProblem> problems) {
        WorkbookParser p = new WorkbookParser();
        List<T> items = p.sheet(file, format);
        problems.addAll(p.problems);
        return items;
    }

    private <T> List<T> sheet(Spreadsheet file, SheetFormat<T> format) {
        Sheet sheet = file.sheet(format.name()).orElse(null);
        if (sheet == null) {
            problems.add(new ImportProblem(
                    format.name(),
                    0,
                    null,
                    "The workbook has no sheet called \"" + format.name()
                            + "\". Add it from the template: it may be left empty"));
            return List.of();
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new ImportProblem(
                    format.name(), 0, null, "The sheet has no header row. Copy it from the template"));
            return List.of();
        }
        int[] place = columns(format, sheet.rows().getFirst());
        if (place == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Map<String, Integer> keys = rows.computeIfAbsent(format.name(), k -> new HashMap<>());
        for (Row row : sheet.rows().subList(1, sheet.rows().size())) {
            int before = problems.size();
            T item = format.read().apply(new Line(format, row, place, problems, figures));
            if (item instanceof Item i && i.key() != null) {
                Integer first = keys.putIfAbsent(i.key(), row.number());
                if (first != null) {
                    problems.add(new ImportProblem(
                            format.name(),
                            row.number(),
                            format.columns().getFirst().header(),
                            "\"" + i.key() + "\" is also on row " + first + ": each is listed once"));
                }
            }
            if (problems.size() == before) {
                items.add(item);
            }
        }
        return items;
    }

    /** Where each of the format's columns is on the sheet; null, with the problems, when the header is not the template's. */
    private int[] columns(SheetFormat<?> format, Row header) {
        int[] place = new int[format.columns().size()];
        Arrays.fill(place, -1);
        boolean ok = true;
        for (Cell c : header.cells()) {
            int i = indexOf(format, c.text());
            if (i < 0) {
                problems.add(new ImportProblem(
                        format.name(),
                        header.number(),
                        c.text(),
                        "The column \"" + c.text()
                                + "\" is not one of the template's. Remove it, or correct its header to one of: "
                                + String.join(", ", StrategyWorkbook.headers(format))));
                ok = false;
            } else if (place[i] >= 0) {
                problems.add(new ImportProblem(
                        format.name(), header.number(), c.text(), "The column \"" + c.text() + "\" appears twice"));
                ok = false;
            } else {
                place[i] = c.column();
            }
        }
        for (int i = 0; i < place.length; i++) {
            Column column = format.columns().get(i);
            if (place[i] < 0 && column.required()) {
                problems.add(new ImportProblem(
                        format.name(),
                        header.number(),
                        column.header(),
                        "The sheet has no \"" + column.header() + "\" column. Add it from the template"));
                ok = false;
            }
        }
        return ok ? place : null;
    }

    private static int indexOf(SheetFormat<?> format, String header) {
        for (int i = 0; i < format.columns().size(); i++) {
            if (format.columns().get(i).header().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }
}
