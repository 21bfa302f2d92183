package com.cptracker.transfer;

import com.cptracker.governance.BodyKind;
import com.cptracker.recommendations.Recommendations;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.transfer.StrategyDocument.BodyItem;
import com.cptracker.transfer.StrategyDocument.PartnerItem;
import com.cptracker.transfer.StrategyDocument.PromiseItem;
import com.cptracker.transfer.StrategyDocument.RecommendationItem;
import com.cptracker.transfer.StrategyDocument.SectionItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-strategy workbook: its sheets and their columns, in the council's words, each written and read by the
 * same definition. The template is this workbook with no rows; an export is it filled from a strategy.
 */
final class StrategyWorkbook {

    static final Labels<BodyKind> BODY_KINDS = new Labels<>(BodyKind.values(), BodyKind::label);
    static final Labels<StrategyStatus> STATUSES = new Labels<>(
            StrategyStatus.values(),
            s -> s.name().charAt(0) + s.name().substring(1).toLowerCase());

    static final SheetFormat<StrategyFields> STRATEGY = new SheetFormat<>(
            "Strategy",
            "The strategy itself: one row.",
            List.of(
                    Column.text(
                            "Web address name",
                            80,
                            true,
                            "Short name in the strategy's web address: lower-case "
                                    + "letters, digits and hyphens, like northshire-2025-28. An upload with a name already "
                                    + "in use updates that strategy."),
                    Column.text(
                            "Title", 300, true, "The document's title, like Corporate Parenting Strategy 2025-2028."),
                    Column.text("Subtitle", 300, false, "The document's subtitle, if it has one."),
                    Column.text("Council", 200, true, "The council's name, like Northshire Council."),
                    Column.date("Starts on", "The first day the strategy covers, as a date."),
                    Column.date("Ends on", "The last day the strategy covers, as a date."),
                    Column.choice(
                            "Status",
                            true,
                            "Draft while it is being written, Current when in force, "
                                    + "Archived when kept for history.",
                            STATUSES.all()),
                    Column.text("Vision", 20_000, false, "The strategy's vision or ambition, in its own words."),
                    Column.text(
                            "Contact",
                            320,
                            false,
                            "Who to contact about the strategy (an email address or " + "a team).")),
            s -> List.of(
                    s.slug(),
                    s.title(),
                    nul(s.subtitle()),
                    s.council(),
                    s.startsOn(),
                    s.endsOn(),
                    STATUSES.of(s.status()),
                    nul(s.vision()),
                    nul(s.contact())),
            l -> new StrategyFields(
                    l.text(0),
                    l.text(1),
                    l.text(2),
                    l.text(3),
                    l.date(4),
                    l.date(5),
                    l.choice(6, STATUSES::byLabel),
                    l.text(7),
                    l.text(8)),
            d -> d.strategy() == null ? List.of() : List.of(d.strategy()));

    static final SheetFormat<SectionItem> SECTIONS = new SheetFormat<>(
            "Sections",
            "The document's sections in its own words, in order: foreword, introduction, what children told us...",
            List.of(
                    Column.text("Heading", 300, true, "The section's heading as the document gives it."),
                    Column.text(
                            "Text",
                            32_000,
                            false,
                            "The section's text. Paragraphs are separated by an "
                                    + "empty line; a line starting with \"- \" is a bullet.")),
            s -> List.of(s.heading(), nul(s.body())),
            l -> new SectionItem(l.text(0), l.text(1)),
            StrategyDocument::sections);

    static final SheetFormat<PartnerItem> PARTNERS = new SheetFormat<>(
            "Partners",
            "The partner organisations and services the strategy names (health, police, the virtual school...).",
            List.of(
                    Column.text("Name", 300, true, "The partner's name, as the other sheets name it."),
                    Column.text("Description", 2_000, false, "What the partner is or does, if the document says.")),
            p -> List.of(p.name(), nul(p.description())),
            l -> new PartnerItem(l.text(0), l.text(1)),
            StrategyDocument::partners);

    static final SheetFormat<BodyItem> GOVERNANCE = new SheetFormat<>(
            "Governance",
            "The board, its workstream groups and who reports to whom.",
            List.of(
                    Column.text("Name", 300, true, "The group's name, like Corporate Parenting Board."),
                    Column.choice("Kind", true, "What kind of group it is.", BODY_KINDS.all()),
                    Column.text("Description", 20_000, false, "What it does."),
                    Column.text("Membership", 20_000, false, "Who sits on it."),
                    Column.text("Chair", 300, false, "Who chairs it (a job title)."),
                    Column.text("Reports to", 300, false, "The name of the group it reports to, as on this sheet.")),
            b -> List.of(
                    b.name(),
                    BODY_KINDS.of(b.kind()),
                    nul(b.description()),
                    nul(b.membership()),
                    nul(b.chair()),
                    nul(b.reportsTo())),
            l -> new BodyItem(l.text(0), l.choice(1, BODY_KINDS::byLabel), l.text(2), l.text(3), l.text(4), l.text(5)),
            StrategyDocument::bodies);

    static final SheetFormat<PromiseItem> PROMISES = new SheetFormat<>(
            "Promises",
            "The promise to children and young people, each promise with the actions and measures that show it "
                    + "is kept.",
            List.of(
                    Column.whole("Number", true, "Its place in the list: 1, 2, 3..."),
                    Column.text("Promise", 5_000, true, "The promise in the document's words."),
                    Column.set("Actions", "Refs of the actions that keep it, one per line."),
                    Column.set("Measures", "Refs of the measures that show it is kept, one per line.")),
            p -> List.of(p.number(), p.text(), lines(p.actions()), lines(p.measures())),
            l -> new PromiseItem(orZero(l.whole(0)), l.text(1), l.list(2), l.list(3)),
            StrategyDocument::promises);

    static final SheetFormat<RecommendationItem> RECOMMENDATIONS = new SheetFormat<>(
            "Recommendations",
            "The recommendations of reports the action plan answers (scrutiny reviews, inspections, audits, peer "
                    + "reviews): a row for each recommendation, in the report's order, with its report's columns on "
                    + "each of its rows.",
            List.of(
                    Column.text(
                            "Report", 500, true, "The report's title, as it gives it; the same on each of its rows."),
                    Column.text("Kind", 100, true, "What kind of report it is, like Scrutiny review or Inspection."),
                    Column.date("Issued on", "The day the report was issued, as a date."),
                    Column.text(
                            "Made by",
                            300,
                            true,
                            "Who made the recommendations, like Children and Families Scrutiny Committee."),
                    Column.text("Link", 2_000, false, "A web address of the report, if it has one."),
                    Column.text(
                            "Number",
                            40,
                            true,
                            "The recommendation's number or ref as the report gives it, like 3 or R3; each once in "
                                    + "a report."),
                    Column.text("Recommendation", 5_000, true, "The recommendation in the report's words.")),
            r -> List.of(r.report(), r.kind(), r.issuedOn(), r.madeBy(), nul(r.link()), r.number(), r.text()),
            l -> new RecommendationItem(l.text(0), l.text(1), l.date(2), l.text(3), link(l, 4), l.text(5), l.text(6)),
            StrategyDocument::recommendations);

    /** Every sheet, in the workbook's order (the notes sheet comes first and is not among them). */
    static final List<SheetFormat<?>> SHEETS = List.of(
            STRATEGY,
            SECTIONS,
            PlanSheets.PRIORITIES,
            PlanSheets.STATEMENTS,
            PlanSheets.ACTIONS,
            MeasureSheets.MEASURES,
            MeasureSheets.TARGETS,
            MeasureSheets.BENCHMARKS,
            PROMISES,
            RECOMMENDATIONS,
            GOVERNANCE,
            PARTNERS);

    static final String NOTES = WorkbookWriter.NOTES;

    /** What the notes sheet says first. */
    private static final List<String> INTRO = List.of(
            "Fill in a sheet for each part of the strategy, a row for each item, as the document writes it. "
                    + "Leave a sheet empty if the document has none of it.",
            "Upload the workbook on the tracker's Import page: it first shows what it would create and change, "
                    + "and every problem by sheet, row and column; nothing changes until you confirm.",
            "Items are matched by their ref (or number, or name): a row whose ref the strategy already has "
                    + "updates that item; a new ref adds one. Items the workbook leaves out are kept as they are.",
            "A strategy's export holds every item of it, complete actions included, but not archived items, "
                    + "retired measures or cancelled and superseded actions, which its pages leave out too.",
            "Type values, not formulas; do not merge cells; keep each sheet's header row as it is. A cell with "
                    + "several values takes one per line (Alt+Enter) or separated by semicolons.");

    /** The workbook of a strategy, or the empty template when {@code document} is null. */
    static byte[] write(StrategyDocument document, String title) {
        return WorkbookWriter.write(
                title, INTRO, SHEETS.stream().map(f -> rows(f, document)).toList());
    }

    private static <T> WorkbookWriter.SheetRows rows(SheetFormat<T> format, StrategyDocument document) {
        return WorkbookWriter.SheetRows.of(
                format, document == null ? List.of() : format.items().apply(document));
    }

    private StrategyWorkbook() {}

    /** A report's link, a web address as its page takes one; null, with the problem, otherwise. */
    private static String link(Line l, int i) {
        String link = l.text(i);
        if (link != null && !link.strip().matches(Recommendations.LINK)) {
            l.problem(i, "Enter a link starting with https://, or leave it empty");
            return null;
        }
        return link == null ? null : link.strip();
    }

    static Object nul(String s) {
        return s == null ? "" : s;
    }

    static Object fig(Object n) {
        return n == null ? "" : n;
    }

    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** Every sheet's name, for messages about a workbook that is not this one. */
    static List<String> names() {
        List<String> names = new ArrayList<>(List.of(NOTES));
        SHEETS.forEach(s -> names.add(s.name()));
        return names;
    }

    static List<String> headers(SheetFormat<?> format) {
        return format.columns().stream().map(Column::header).toList();
    }
}
