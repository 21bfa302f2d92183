package com.cptracker.board.web;

import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.BoardPages.ScorecardSection;
import com.cptracker.board.web.Export.Column;
import com.cptracker.board.web.Export.Named;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.measures.MeasureStatusView.QuarterCell;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The scorecard of a quarter as an export: the one place that decides its columns, which the spreadsheet and the CSV
 * file both write. Every figure is the page's: a value is its {@code ValueView}, a number as a number, a value
 * withheld as the page's mark (c, x, z or the strategy's small-number mark) and a qualitative one as its words, never a zero; no value is an empty cell.
 */
final class ScorecardExport {

    static final String THING = "Scorecard";

    private ScorecardExport() {}

    /** A measure and the section of the scorecard it is in. */
    record Line(ScorecardSection section, MeasureStatusView view) {}

    static Export of(Scorecard page) {
        List<List<ExportCell>> summary = new ArrayList<>(Export.about(THING, page.context()));
        if (page.anyDemo()) {
            summary.add(Export.line(
                    "Figures",
                    "The figures, targets and benchmarks are demo figures, invented for demonstration. The strategy"
                            + " document gives none."));
        }
        summary.addAll(Export.byStatus(
                "Measures by status",
                Status.FOR_MEASURES,
                page.sections().stream()
                        .map(s -> new Named<>(s.name(), s.tally()))
                        .toList(),
                page.total()));
        return Export.of(
                THING,
                page.context(),
                summary,
                columns(page),
                page.sections().stream()
                        .map(s -> new Named<>(
                                s.priority() == null ? s.name() : s.priority().shortName(),
                                s.rows().stream().map(v -> new Line(s, v)).toList()))
                        .toList());
    }

    /** The scorecard's columns: the year's quarters so far are columns of their own, as on the page. */
    static List<Column<Line>> columns(Scorecard page) {
        List<Column<Line>> columns = new ArrayList<>(List.of(
                Column.text("Priority", l -> l.section().name()),
                Column.text("Ref", l -> l.view().measure().ref()),
                Column.text("Measure", l -> l.view().measure().title()),
                Column.text("Unit", l -> l.view().measure().unit().label()),
                Column.text("Polarity", l -> l.view().measure().polarity().label()),
                Column.text("Frequency", l -> l.view().measure().frequency().label()),
                new Column<>(
                        page.lastYearEnd(),
                        l -> value(l.view().measure().unit(), l.view().yearEnd()))));
        List<ReportingPeriod> quarters = page.yearQuarters();
        for (int i = 0; i < quarters.size(); i++) {
            int index = i;
            columns.add(new Column<>(
                    quarters.get(i).label(),
                    l -> value(
                            l.view().measure().unit(),
                            l.view().yearSoFar().get(index).value())));
        }
        columns.addAll(List.of(
                Column.text("Period of the value shown", l -> l.view().period().label()),
                new Column<>("Target", l -> target(l.view())),
                new Column<>(
                        "Amber within",
                        l -> l.view().target() == null
                                ? ExportCell.BLANK
                                : ExportCell.figure(
                                        l.view().target().amberThreshold(),
                                        l.view().measure().unit())),
                new Column<>(
                        "Baseline",
                        l -> ExportCell.figure(
                                l.view().measure().baselineValue(),
                                l.view().measure().unit())),
                Column.text("Baseline when", l -> l.view().measure().baselineWhen()),
                Column.text("Status", l -> l.view().status().label()),
                Column.text("Why", l -> l.view().verdict().reason()),
                Column.text("Since last period", l -> l.view().sincePrevious().label()),
                Column.text("On last year", l -> l.view().sinceLastYear().label()),
                new Column<>(
                        "Statistical neighbours",
                        l -> ExportCell.figure(
                                l.view().benchmarks().statNeighbour(),
                                l.view().measure().unit())),
                new Column<>(
                        "England",
                        l -> ExportCell.figure(
                                l.view().benchmarks().national(),
                                l.view().measure().unit())),
                Column.text(
                        "Similar to a benchmark",
                        l -> l.view()
                                .measure()
                                .similarWithin(page.context().strategy().benchmarkMargin())),
                Column.text(
                        "Comment",
                        l -> l.view().value() == null ? null : l.view().value().note()),
                Column.text("Revised", ScorecardExport::revisions)));
        return columns;
    }

    /** A value as the page shows it: a number, its mark (c, x, z, the small-number mark), a qualitative measure's words, or nothing. */
    static ExportCell value(MeasureUnit unit, ValueView value) {
        if (value == null) {
            return ExportCell.BLANK;
        }
        if (value.value() != null && !value.marked()) {
            return ExportCell.figure(value.value(), unit);
        }
        return ExportCell.text(value.display());
    }

    /** A single target as a number; a range in words ("20 to 30"); none empty. */
    private static ExportCell target(MeasureStatusView v) {
        Target t = v.target();
        if (t == null) {
            return ExportCell.BLANK;
        }
        return t.isRange()
                ? ExportCell.text(t.describe())
                : ExportCell.figure(t.target(), v.measure().unit());
    }

    /** The values shown that are corrections made after the board saw them: each period with the reason. */
    private static String revisions(Line l) {
        MeasureStatusView v = l.view();
        return String.join(
                "; ",
                Stream.concat(Stream.of(v.yearEnd()), v.yearSoFar().stream().map(QuarterCell::value))
                        .filter(Objects::nonNull)
                        .filter(ValueView::revised)
                        .map(x -> x.period().label() + ": " + x.revisionReason())
                        .distinct()
                        .toList());
    }
}
