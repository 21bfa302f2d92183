package com.cptracker.transfer;

import com.cptracker.actions.DueDate;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.transfer.StrategyDocument.ActionItem;
import com.cptracker.transfer.StrategyDocument.BodyItem;
import com.cptracker.transfer.StrategyDocument.Item;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.PriorityItem;
import com.cptracker.transfer.StrategyDocument.PromiseItem;
import com.cptracker.transfer.StrategyDocument.RecommendationItem;
import com.cptracker.transfer.StrategyDocument.StatementItem;
import com.cptracker.transfer.WorkbookParser.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a workbook's items agree with each other and with the strategy they update: every ref, number and name
 * one sheet gives is on its own sheet (in the file or already in the strategy), due dates read, targets fit their
 * measure, and new statements and promises follow on from those the strategy has, since their number is their place.
 * Every problem is found, each at its sheet, row and column.
 */
final class DocumentChecks {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Parsed parsed;
    final StrategyDocument file;
    final StrategyDocument current;
    private final List<ImportProblem> problems = new ArrayList<>();

    private DocumentChecks(Parsed parsed, StrategyDocument current) {
        this.parsed = parsed;
        this.file = parsed.document();
        this.current = current;
    }

    /** The problems of the file's items; {@code current} is the strategy it updates, null for a new one. */
    static List<ImportProblem> check(Parsed parsed, StrategyDocument current) {
        DocumentChecks c = new DocumentChecks(parsed, current);
        c.strategy();
        Set<String> priorities = c.keys(PlanSheets.PRIORITIES);
        Set<String> statements = c.keys(PlanSheets.STATEMENTS);
        Set<String> partners = c.keys(StrategyWorkbook.PARTNERS);
        Set<String> bodies = c.keys(StrategyWorkbook.GOVERNANCE);
        Set<String> actions = c.keys(PlanSheets.ACTIONS);
        Set<String> measures = c.keys(MeasureSheets.MEASURES);
        Set<String> recommendations = c.keys(StrategyWorkbook.RECOMMENDATIONS);
        c.bodies(bodies);
        c.priorities(bodies, partners);
        c.statements(priorities);
        c.actions(priorities, statements, partners, recommendations);
        c.reports();
        c.measures(priorities, statements);
        TargetChecks.check(c, measures);
        c.promises(actions, measures);
        return c.problems;
    }

    private void strategy() {
        StrategyFields s = file.strategy();
        if (s == null) {
            if (parsed.problems().stream().noneMatch(p -> p.sheet().equals(StrategyWorkbook.STRATEGY.name()))) {
                problem(StrategyWorkbook.STRATEGY, 0, null, "Fill in the strategy's row below the header");
            }
            return;
        }
        String sheet = StrategyWorkbook.STRATEGY.name();
        int row = parsed.row(sheet, sheet);
        if (s.slug() != null && !s.slug().matches(SLUG)) {
            problems.add(new ImportProblem(
                    sheet,
                    row,
                    "Web address name",
                    "Use lower-case letters, digits and " + "single hyphens only, like northshire-2025-28"));
        }
        if (s.startsOn() != null && s.endsOn() != null && !s.endsOn().isAfter(s.startsOn())) {
            problems.add(new ImportProblem(sheet, row, "Ends on", "The strategy must end after it starts"));
        }
    }

    private void bodies(Set<String> bodies) {
        for (BodyItem b : file.bodies()) {
            if (b.reportsTo() != null) {
                if (b.reportsTo().equals(b.name())) {
                    problem(StrategyWorkbook.GOVERNANCE, b, "Reports to", "A group cannot report to itself");
                } else if (!bodies.contains(b.reportsTo())) {
                    problem(
                            StrategyWorkbook.GOVERNANCE,
                            b,
                            "Reports to",
                            missing("group", b.reportsTo(), "Governance"));
                }
            }
        }
    }

    private void priorities(Set<String> bodies, Set<String> partners) {
        int last = current == null
                ? 0
                : (int) current.priorities().stream()
                        .filter(p -> p.kind() == PriorityKind.THEME)
                        .count();
        for (PriorityItem p : file.priorities()) {
            if (p.kind() == PriorityKind.THEME && p.number() > last) {
                if (p.number() != last + 1) {
                    problem(
                            PlanSheets.PRIORITIES,
                            p,
                            "Number",
                            "The next theme is number " + (last + 1)
                                    + ": a theme's number is its place among the themes, so new ones follow on");
                }
                last = Math.max(last + 1, p.number());
            }
            if (p.workstream() != null && !bodies.contains(p.workstream())) {
                problem(PlanSheets.PRIORITIES, p, "Workstream group", missing("group", p.workstream(), "Governance"));
            }
            names(PlanSheets.PRIORITIES, p, "Partners", p.partners(), partners, "partner", "Partners");
        }
    }

    private void statements(Set<String> priorities) {
        Map<String, Integer> last = new HashMap<>();
        if (current != null) {
            current.statements().forEach(s -> last.merge(s.priority(), place(s.ref()), Math::max));
        }
        for (StatementItem s : file.statements()) {
            if (!priorities.contains(s.priority())) {
                problem(PlanSheets.STATEMENTS, s, "Ref", missing("priority", s.priority(), "Priorities"));
                continue;
            }
            boolean known = current != null
                    && current.statements().stream().anyMatch(c -> c.ref().equals(s.ref()));
            if (!known) {
                int next = last.getOrDefault(s.priority(), 0) + 1;
                if (place(s.ref()) != next) {
                    problem(
                            PlanSheets.STATEMENTS,
                            s,
                            "Ref",
                            "The next statement under priority " + s.priority() + " is " + s.priority() + "." + next
                                    + ": a statement's ref is its place, so new ones follow on");
                }
                last.put(s.priority(), Math.max(next, place(s.ref())));
            }
        }
    }

    private void actions(
            Set<String> priorities, Set<String> statements, Set<String> partners, Set<String> recommendations) {
        for (ActionItem a : file.actions()) {
            priority(PlanSheets.ACTIONS, a, a.priority(), priorities);
            statement(PlanSheets.ACTIONS, a, a.priority(), a.statement(), statements);
            if (a.due() != null) {
                try {
                    DueDate.parse(a.due());
                } catch (IllegalArgumentException e) {
                    problem(PlanSheets.ACTIONS, a, "Completion date", e.getMessage());
                }
            }
            a.leads().stream()
                    .filter(l -> l.length() > 300)
                    .findFirst()
                    .ifPresent(l -> problem(
                            PlanSheets.ACTIONS, a, "Lead", "A lead's job title must be 300 " + "characters or fewer"));
            names(PlanSheets.ACTIONS, a, "Partners", a.partners(), partners, "partner", "Partners");
            names(PlanSheets.ACTIONS, a, "Answers", a.answers(), recommendations, "recommendation", "Recommendations");
        }
    }

    private void measures(Set<String> priorities, Set<String> statements) {
        for (MeasureItem m : file.measures()) {
            if (m.priority() != null) {
                priority(MeasureSheets.MEASURES, m, m.priority(), priorities);
            }
            statement(MeasureSheets.MEASURES, m, m.priority(), m.statement(), statements);
        }
    }

    private void promises(Set<String> actions, Set<String> measures) {
        int last = current == null ? 0 : current.promises().size();
        for (PromiseItem p : file.promises()) {
            names(StrategyWorkbook.PROMISES, p, "Actions", p.actions(), actions, "action", "Actions");
            names(StrategyWorkbook.PROMISES, p, "Measures", p.measures(), measures, "measure", "Measures");
            if (p.number() > last) {
                if (p.number() != last + 1) {
                    problem(
                            StrategyWorkbook.PROMISES,
                            p,
                            "Number",
                            "The next promise is number " + (last + 1)
                                    + ": a promise's number is its place in the list, so new ones follow on");
                }
                last = Math.max(last + 1, p.number());
            }
        }
    }

    /** A report's own columns are the same on each of its rows: they are one report's. */
    private void reports() {
        Map<String, RecommendationItem> first = new HashMap<>();
        for (RecommendationItem r : file.recommendations()) {
            RecommendationItem f = first.putIfAbsent(r.report(), r);
            if (f != null
                    && !List.of(f.kind(), f.issuedOn(), f.madeBy(), String.valueOf(f.link()))
                            .equals(List.of(r.kind(), r.issuedOn(), r.madeBy(), String.valueOf(r.link())))) {
                problem(
                        StrategyWorkbook.RECOMMENDATIONS,
                        r,
                        "Report",
                        "Give the report the same kind, issue date, made by and link on each of its rows, as on row "
                                + parsed.row(StrategyWorkbook.RECOMMENDATIONS.name(), f.key()));
            }
        }
    }

    private void priority(SheetFormat<?> sheet, Item item, String ref, Set<String> priorities) {
        if (ref != null && !priorities.contains(ref)) {
            problem(sheet, item, "Priority", missing("priority", ref, "Priorities"));
        }
    }

    private void statement(SheetFormat<?> sheet, Item item, String priority, String ref, Set<String> statements) {
        if (ref == null) {
            return;
        }
        if (!statements.contains(ref)) {
            problem(sheet, item, "Statement", missing("statement", ref, "Statements"));
        } else if (!ref.startsWith(priority + ".")) {
            problem(sheet, item, "Statement", "Statement " + ref + " is not under priority " + priority);
        }
    }

    private void names(
            SheetFormat<?> sheet,
            Item item,
            String column,
            List<String> names,
            Set<String> known,
            String what,
            String where) {
        names.stream()
                .filter(n -> !known.contains(n))
                .forEach(n -> problem(sheet, item, column, missing(what, n, where)));
    }

    static String missing(String what, String key, String sheet) {
        return "There is no " + what + " \"" + key + "\" on the " + sheet + " sheet or in the strategy";
    }

    private static int place(String ref) {
        return Integer.parseInt(ref.substring(ref.indexOf('.') + 1));
    }

    /**
     * The keys of a kind of item, in the file (a row with a problem of its own included, so that its problem is not
     * repeated on every row that names it) or already in the strategy.
     */
    private Set<String> keys(SheetFormat<?> sheet) {
        Set<String> keys =
                new HashSet<>(parsed.rows().getOrDefault(sheet.name(), Map.of()).keySet());
        if (current != null) {
            sheet.items().apply(current).forEach(i -> keys.add(((Item) i).key()));
        }
        return keys;
    }

    void problem(SheetFormat<?> sheet, Item item, String column, String message) {
        problems.add(new ImportProblem(sheet.name(), parsed.row(sheet.name(), item.key()), column, message));
    }

    private void problem(SheetFormat<?> sheet, int row, String column, String message) {
        problems.add(new ImportProblem(sheet.name(), row, column, message));
    }
}
