package com.cptracker.transfer;

import static com.cptracker.transfer.StrategyWorkbook.lines;
import static com.cptracker.transfer.StrategyWorkbook.nul;
import static com.cptracker.transfer.StrategyWorkbook.orZero;

import com.cptracker.actions.DueDate;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StatementKind;
import com.cptracker.transfer.StrategyDocument.ActionItem;
import com.cptracker.transfer.StrategyDocument.PriorityItem;
import com.cptracker.transfer.StrategyDocument.StatementItem;
import java.util.List;
import java.util.Locale;

/**
 * The workbook's sheets of the plan itself: the priorities and themes, their statements and the actions. A priority
 * is named on the other sheets by its number ("3"), a theme by "T" and its place among the themes ("T1"), so the two
 * never collide.
 */
final class PlanSheets {

    static final Labels<StatementKind> STATEMENT_KINDS = new Labels<>(StatementKind.values(), StatementKind::label);
    static final Labels<PriorityKind> PRIORITY_KINDS = new Labels<>(PriorityKind.values(), PriorityKind::label);

    static final String PRIORITY_REF = "The number of the priority (pledge, outcome...) it comes under, or T and the "
            + "place of the theme (T1 for the first), as on the Priorities sheet";

    /** A priority's ref as typed: its number, or T and a theme's place. */
    private static final String REF = "(?i)(t?)0*(\\d{1,4})";

    static final SheetFormat<PriorityItem> PRIORITIES = new SheetFormat<>(
            "Priorities",
            "The strategy's priorities, pledges or outcomes, named as the council names them, and any themes that "
                    + "run across them (cross-cutting themes, golden threads).",
            List.of(
                    Column.text(
                            "Label",
                            60,
                            true,
                            "What the council calls them: Priority, Strategic Priority, Pledge, Outcome, "
                                    + "Cross-cutting theme..."),
                    Column.whole(
                            "Number",
                            true,
                            "A priority's number: Pledge 3 is 3. A theme has no number of its own: give its place "
                                    + "among the themes, 1 for the first; the other sheets name it T1."),
                    Column.text("Title", 500, true, "Its title."),
                    Column.text(
                            "Statement",
                            20_000,
                            false,
                            "Its statement, such as \"We will be a good corporate parent\"."),
                    Column.text("Vision", 20_000, false, "Its vision or what it will achieve."),
                    Column.text("Challenge", 20_000, false, "Where things stand, or the challenges it meets."),
                    Column.text("Lead", 300, false, "Its lead officer's job title."),
                    Column.text(
                            "Workstream group",
                            300,
                            false,
                            "The group that leads it, as named on the Governance sheet."),
                    Column.list("Partners", "Its key partners, one per line, as named on the Partners sheet."),
                    Column.choice(
                            "Kind",
                            false,
                            "Priority for a numbered priority (or leave it empty), Theme for a theme that runs across "
                                    + "the priorities.",
                            PRIORITY_KINDS.all())),
            p -> List.of(
                    p.label(),
                    p.number(),
                    p.title(),
                    nul(p.statement()),
                    nul(p.vision()),
                    nul(p.challenge()),
                    nul(p.lead()),
                    nul(p.workstream()),
                    lines(p.partners()),
                    PRIORITY_KINDS.of(p.kind())),
            l -> new PriorityItem(
                    l.text(0),
                    orZero(l.whole(1)),
                    l.text(2),
                    l.text(3),
                    l.text(4),
                    l.text(5),
                    l.text(6),
                    l.text(7),
                    l.list(8),
                    l.choice(9, PRIORITY_KINDS::byLabel)),
            StrategyDocument::priorities);

    static final SheetFormat<StatementItem> STATEMENTS = new SheetFormat<>(
            "Statements",
            "What each priority or theme commits to: commitments, outcome statements or objectives, in order.",
            List.of(
                    Column.text(
                            "Ref",
                            20,
                            true,
                            "The priority's number (or the theme's T1...), a full stop and the statement's place "
                                    + "under it: 2.3 is the third statement of priority 2, T1.2 the second of the "
                                    + "first theme. Actions and measures name it."),
                    Column.choice("Kind", true, "What the document calls it.", STATEMENT_KINDS.all()),
                    Column.text("Text", 5_000, true, "The statement as the document writes it.")),
            s -> List.of(s.ref(), STATEMENT_KINDS.of(s.kind()), s.text()),
            l -> {
                String typed = l.text(0);
                String ref = statement(typed);
                if (typed != null && ref == null) {
                    l.problem(
                            0,
                            "Enter the ref as the priority's number (or the theme's T1) and the statement's "
                                    + "place, like 2.3 or T1.2");
                }
                return new StatementItem(
                        ref,
                        ref == null ? null : ref.substring(0, ref.indexOf('.')),
                        l.choice(1, STATEMENT_KINDS::byLabel),
                        l.text(2));
            },
            StrategyDocument::statements);

    static final SheetFormat<ActionItem> ACTIONS = new SheetFormat<>(
            "Actions",
            "The action plan: every action, with its lead and when it is due.",
            List.of(
                    Column.text("Ref", 20, true, "The action's ref, like 1a or 2.4. Each ref is used once."),
                    Column.text("Priority", 20, true, PRIORITY_REF + "."),
                    Column.text(
                            "Statement",
                            20,
                            false,
                            "The ref of the commitment or objective it serves, as on the Statements sheet, if any."),
                    Column.text("Action", 5_000, true, "What will be done, as the plan writes it."),
                    Column.text(
                            "Completion date",
                            300,
                            true,
                            "When it is due, exactly as the plan writes it: " + DueDate.FORMS + ". Type it as text."),
                    Column.list("Lead", "The lead officers' job titles, one per line."),
                    Column.set("Partners", "Partners that lead or share it, one per line, as on the Partners sheet."),
                    Column.text("Success measure", 5_000, false, "How the plan says success will be known."),
                    Column.text(
                            "Cross-reference",
                            300,
                            false,
                            "Anything else it answers that is not a recommendation on the Recommendations sheet, as the plan writes it."),
                    Column.set(
                            "Answers",
                            "The recommendations it answers, one per line, each as its report's title, a colon and its "
                                    + "number, like Scrutiny review of placements: R3, as on the Recommendations sheet.")),
            a -> List.of(
                    a.ref(),
                    a.priority(),
                    nul(a.statement()),
                    a.text(),
                    a.due(),
                    lines(a.leads()),
                    lines(a.partners()),
                    nul(a.successMeasure()),
                    nul(a.crossReference()),
                    lines(a.answers())),
            l -> new ActionItem(
                    l.text(0),
                    priority(l, 1),
                    statementNamed(l, 2),
                    l.text(3),
                    l.text(4),
                    l.list(5),
                    l.list(6),
                    l.text(7),
                    l.text(8),
                    l.list(9)),
            StrategyDocument::actions);

    private PlanSheets() {}

    /**
     * The priority a row names ("3", or "T1" for a theme, in any case and with any leading zeros), as the Priorities
     * sheet keys it; null, with the problem, when it names none.
     */
    static String priority(Line l, int i) {
        String t = l.text(i);
        if (t != null && !t.strip().matches(REF)) {
            l.problem(i, "Enter the priority's number, like 3, or T and the theme's place, like T1");
            return null;
        }
        return t == null ? null : priority(t.strip());
    }

    /** A statement's ref as the Statements sheet keys it ("2.3", "T1.2"), or null when {@code typed} is not one. */
    private static String statement(String typed) {
        if (typed == null || !typed.strip().matches(REF + "\\.0*\\d{1,4}")) {
            return null;
        }
        String t = typed.strip();
        int dot = t.indexOf('.');
        return priority(t.substring(0, dot)) + "." + Integer.parseInt(t.substring(dot + 1));
    }

    /** The statement another sheet's row names, as the Statements sheet keys it when it reads as a ref. */
    static String statementNamed(Line l, int i) {
        String typed = l.text(i);
        String ref = statement(typed);
        return ref == null ? typed : ref;
    }

    private static String priority(String typed) {
        String t = typed.toUpperCase(Locale.ROOT);
        boolean theme = t.startsWith("T");
        return StrategyDocument.ref(
                theme ? PriorityKind.THEME : PriorityKind.PRIORITY, Integer.parseInt(theme ? t.substring(1) : t));
    }
}
