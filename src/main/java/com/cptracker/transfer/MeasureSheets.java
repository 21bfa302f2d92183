package com.cptracker.transfer;

import static com.cptracker.transfer.StrategyWorkbook.PRIORITY_NUMBER;
import static com.cptracker.transfer.StrategyWorkbook.fig;
import static com.cptracker.transfer.StrategyWorkbook.nul;

import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.transfer.StrategyDocument.BenchmarkItem;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.TargetItem;
import java.util.List;

/** The workbook's sheets of measures: the measures themselves, their targets by year and their benchmarks by year. */
final class MeasureSheets {

    static final Labels<MeasureUnit> UNITS = new Labels<>(MeasureUnit.values(), u -> switch (u) {
        case PERCENTAGE -> "Percentage";
        case NUMBER -> "Number";
        case DAYS -> "Days";
        case RATE_PER_10000 -> "Rate per 10,000";
        case QUALITATIVE -> "Qualitative";
    });
    static final Labels<Polarity> POLARITIES = new Labels<>(Polarity.values(), Polarity::label);
    static final Labels<Frequency> FREQUENCIES = new Labels<>(Frequency.values(), Frequency::label);

    static final SheetFormat<MeasureItem> MEASURES = new SheetFormat<>(
            "Measures",
            "The scorecard's measures (performance indicators), with every column the scorecard shows.",
            List.of(
                    Column.text("Ref", 20, true, "The measure's ref, like P2.11. Each ref is used once."),
                    Column.text(
                            "Measure",
                            2_000,
                            true,
                            "Its title, like % of care leavers in suitable " + "accommodation."),
                    Column.text("Definition", 20_000, false, "How it is counted, if the document says."),
                    Column.whole("Priority", false, PRIORITY_NUMBER + ", if any."),
                    Column.text(
                            "Statement",
                            20,
                            false,
                            "The ref of the outcome statement it shows, as on the " + "Statements sheet, if any."),
                    Column.choice("Unit", true, "What its figure counts.", UNITS.all()),
                    Column.choice(
                            "Which way is better",
                            true,
                            "Its polarity: context-only measures are " + "never coloured.",
                            POLARITIES.all()),
                    Column.choice("Frequency", true, "How often it is reported.", FREQUENCIES.all()),
                    Column.text("Owner", 300, false, "Its data owner's job title."),
                    Column.text(
                            "C&YP Plan priority",
                            300,
                            false,
                            "The Children and Young People's Plan priority "
                                    + "it serves, if the scorecard gives one."),
                    Column.text(
                            "Corporate priority",
                            300,
                            false,
                            "The council's corporate priority it serves, if " + "the scorecard gives one.")),
            m -> List.of(
                    m.ref(),
                    m.title(),
                    nul(m.definition()),
                    m.priority() == null ? "" : m.priority(),
                    nul(m.statement()),
                    UNITS.of(m.unit()),
                    POLARITIES.of(m.polarity()),
                    FREQUENCIES.of(m.frequency()),
                    nul(m.owner()),
                    nul(m.cypPlanPriority()),
                    nul(m.corporatePriority())),
            l -> new MeasureItem(
                    l.text(0),
                    l.text(1),
                    l.text(2),
                    l.whole(3),
                    l.text(4),
                    l.choice(5, UNITS::byLabel),
                    l.choice(6, POLARITIES::byLabel),
                    l.choice(7, FREQUENCIES::byLabel),
                    l.text(8),
                    l.text(9),
                    l.text(10)),
            StrategyDocument::measures);

    private static final String YEAR = "The reporting year, April to March, like 2025-26.";

    static final SheetFormat<TargetItem> TARGETS = new SheetFormat<>(
            "Targets",
            "Each measure's target for each year, and how far off it may be before it is red.",
            List.of(
                    Column.text("Measure", 20, true, "The measure's ref, as on the Measures sheet."),
                    Column.text("Year", 7, true, YEAR),
                    Column.figure(
                            "Target",
                            "The target: a figure in the measure's unit (for a percentage, 95 "
                                    + "means 95%). Leave empty for a range."),
                    Column.figure("Range from", "For a measure kept within a range: the lowest figure on target."),
                    Column.figure("Range to", "For a measure kept within a range: the highest figure on target."),
                    Column.figure(
                            "Amber threshold",
                            "How far from the target, in the measure's unit, is still " + "amber rather than red.")),
            t -> List.of(
                    t.measure(),
                    t.year(),
                    fig(t.target()),
                    fig(t.targetLow()),
                    fig(t.targetHigh()),
                    fig(t.amberThreshold())),
            l -> {
                String ref = l.text(0);
                return new TargetItem(
                        ref, year(l, 1), l.figure(2, ref), l.figure(3, ref), l.figure(4, ref), l.figure(5, ref));
            },
            StrategyDocument::targets);

    static final SheetFormat<BenchmarkItem> BENCHMARKS = new SheetFormat<>(
            "Benchmarks",
            "What similar councils and England achieve, for each measure and year.",
            List.of(
                    Column.text("Measure", 20, true, "The measure's ref, as on the Measures sheet."),
                    Column.text("Year", 7, true, YEAR),
                    Column.figure(
                            "Statistical neighbours",
                            "The average of the council's statistical neighbours "
                                    + "(ten similar councils), in the measure's unit."),
                    Column.figure("England", "The national average, in the measure's unit.")),
            b -> List.of(b.measure(), b.year(), fig(b.statNeighbour()), fig(b.national())),
            l -> {
                String ref = l.text(0);
                return new BenchmarkItem(ref, year(l, 1), l.figure(2, ref), l.figure(3, ref));
            },
            StrategyDocument::benchmarks);

    private MeasureSheets() {}

    private static String year(Line l, int i) {
        String y = l.text(i);
        if (y != null && !y.matches("\\d{4}-\\d{2}")) {
            l.problem(i, "Enter the year like 2025-26");
            return null;
        }
        if (y != null && (Integer.parseInt(y.substring(0, 4)) + 1) % 100 != Integer.parseInt(y.substring(5))) {
            l.problem(i, "Enter two years that follow each other, like 2025-26");
            return null;
        }
        return y;
    }
}
