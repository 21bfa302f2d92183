package com.cptracker.transfer;

import static com.cptracker.transfer.StrategyWorkbook.fig;
import static com.cptracker.transfer.StrategyWorkbook.nul;

import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.transfer.StrategyDocument.BenchmarkItem;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.TargetItem;
import java.math.BigDecimal;
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
    static final Labels<MarginUnit> MARGIN_UNITS = new Labels<>(MarginUnit.values(), MarginUnit::label);

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
                    Column.text("Priority", 20, false, PlanSheets.PRIORITY_REF + ", if any."),
                    Column.text(
                            "Statement",
                            20,
                            false,
                            "The ref of the outcome statement it shows, as on the " + "Statements sheet, if any."),
                    Column.choice("Unit", true, "What its figure counts.", UNITS.all()),
                    Column.choice(
                            "Which way is better",
                            false,
                            "Its polarity: context-only measures are never coloured. A qualitative measure is "
                                    + "rated by its owner (leave it empty) or is for context only.",
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
                            "The council's corporate priority it serves, if " + "the scorecard gives one."),
                    Column.figure(
                            "Baseline",
                            "Its baseline as the document states it, in the measure's unit (none for a qualitative "
                                    + "measure)."),
                    Column.text(
                            "Baseline when",
                            100,
                            false,
                            "When the baseline was, in the document's words, like 2023-24 or March 2024."),
                    Column.figure(
                            "Similar margin",
                            "How close to a benchmark still counts as similar, if the document sets this measure "
                                    + "its own margin; leave empty for the strategy's."),
                    Column.choice(
                            "Similar margin unit",
                            false,
                            "What its own similar margin is measured in, when it has one.",
                            MARGIN_UNITS.all())),
            m -> List.of(
                    m.ref(),
                    m.title(),
                    nul(m.definition()),
                    nul(m.priority()),
                    nul(m.statement()),
                    UNITS.of(m.unit()),
                    POLARITIES.of(m.polarity()),
                    FREQUENCIES.of(m.frequency()),
                    nul(m.owner()),
                    nul(m.cypPlanPriority()),
                    nul(m.corporatePriority()),
                    fig(m.baseline()),
                    nul(m.baselineWhen()),
                    fig(m.margin()),
                    nul(MARGIN_UNITS.of(m.marginUnit()))),
            MeasureSheets::measure,
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

    /**
     * A row of the Measures sheet, with the checks that need the row's other cells, each beside its cell: which way
     * is better (a qualitative measure is rated by its owner when it is left empty; a measure with figures never is),
     * the baseline in the measure's unit, and its own margin with its unit, both or neither, read as the measure's
     * page reads them.
     */
    private static MeasureItem measure(Line l) {
        MeasureUnit unit = l.choice(5, UNITS::byLabel);
        boolean qualitative = unit == MeasureUnit.QUALITATIVE;
        Polarity polarity = l.choice(6, POLARITIES::byLabel);
        if (polarity == null && qualitative) {
            polarity = Polarity.OWNER_RATED;
        } else if (polarity == null && unit != null) {
            l.problem(6, "Choose which way is better: only a qualitative measure may leave it empty");
        } else if (polarity == Polarity.OWNER_RATED && unit != null && !qualitative) {
            l.problem(6, "Only a qualitative measure is rated by its owner: choose which way is better");
        } else if (qualitative && polarity != Polarity.OWNER_RATED && polarity != Polarity.CONTEXT_ONLY) {
            l.problem(6, "A qualitative measure is rated by its owner (leave this empty) or is for context only");
        }
        BigDecimal baseline = unit == null ? null : l.figure(11, unit.figure("the baseline", "12 or 12.5"));
        if (qualitative && baseline != null) {
            l.problem(11, "A qualitative measure has no figure: leave the baseline empty, or choose a unit");
        }
        String when = l.text(12);
        if (when != null && !l.filled(11)) {
            l.problem(11, "Enter the baseline, or leave when it was empty");
        }
        MarginUnit marginUnit = l.choice(14, MARGIN_UNITS::byLabel);
        BigDecimal margin = null;
        if (marginUnit == null && l.filled(13)) {
            l.problem(14, "Choose what the margin is measured in, or leave the margin empty for the strategy's");
        } else if (marginUnit != null) {
            margin = l.figure(13, MeasureUnit.margin(marginUnit, unit));
            if (!l.filled(13)) {
                l.problem(13, "Enter the margin, or leave its unit empty for the strategy's");
            } else if (qualitative) {
                l.problem(13, "A qualitative measure is never compared with a benchmark: leave its margin empty");
            }
        }
        return new MeasureItem(
                l.text(0),
                l.text(1),
                l.text(2),
                PlanSheets.priority(l, 3),
                PlanSheets.statementNamed(l, 4),
                unit,
                polarity,
                l.choice(7, FREQUENCIES::byLabel),
                l.text(8),
                l.text(9),
                l.text(10),
                baseline,
                when,
                margin,
                marginUnit);
    }

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
