package com.cptracker.board.web;

import com.cptracker.board.BoardPages.MeasurePage;
import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.TrendChart;
import com.cptracker.measures.MeasureDetail;
import com.cptracker.measures.MeasureDetail.TrendPoint;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.measures.MeasureStatusView.ValueView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns measures into chart models for the SVG fragments, with a text alternative for each chart. */
@Component
class Charts {

    /** A sparkline and the words a screen reader hears for it. */
    record Spark(TrendChart.Sparkline line, String label) {}

    /** A measure's trend chart and the chart in words, its text alternative. */
    record Trend(TrendChart.Chart chart, String description) {}

    /** Each measure's trend chart, by measure id: the board pack's page per measure. */
    Map<Long, Trend> trends(List<MeasurePage> pages) {
        Map<Long, Trend> trends = new LinkedHashMap<>();
        pages.forEach(p ->
                trends.put(p.detail().status().measure().id(), new Trend(trend(p.detail()), describe(p.detail()))));
        return trends;
    }

    Map<Long, Spark> sparklines(Scorecard page) {
        Map<Long, Spark> sparks = new LinkedHashMap<>();
        page.sections()
                .forEach(section ->
                        section.rows().forEach(row -> sparks.put(row.measure().id(), spark(row))));
        return sparks;
    }

    static Spark spark(MeasureStatusView row) {
        List<BigDecimal> values = row.trend().stream().map(ValueView::value).toList();
        String label = "Trend: "
                + String.join(
                        ", ",
                        row.trend().stream()
                                .map(v -> v.period().label() + " " + v.display())
                                .toList());
        return new Spark(TrendChart.sparkline(values), label);
    }

    TrendChart.Chart trend(MeasureDetail detail) {
        List<TrendChart.Point> points = detail.trend().stream()
                .map(p -> new TrendChart.Point(
                        p.label(),
                        p.value(),
                        p.mark() != null,
                        p.target(),
                        p.targetLow(),
                        p.targetHigh(),
                        p.statNeighbour(),
                        p.national()))
                .toList();
        return TrendChart.chart(points, v -> detail.status().measure().unit().format(v));
    }

    /** The chart in words: its span, first and last values, lowest and highest, the latest target and the baseline. */
    String describe(MeasureDetail detail) {
        List<TrendPoint> numbers =
                detail.trend().stream().filter(p -> p.value() != null).toList();
        if (numbers.isEmpty()) {
            return "No values have been recorded for this measure yet.";
        }
        var unit = detail.status().measure().unit();
        TrendPoint first = numbers.getFirst();
        TrendPoint last = numbers.getLast();
        TrendPoint low =
                numbers.stream().min((a, b) -> a.value().compareTo(b.value())).orElseThrow();
        TrendPoint high =
                numbers.stream().max((a, b) -> a.value().compareTo(b.value())).orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append(numbers.size())
                .append(numbers.size() == 1 ? " value" : " values")
                .append(", from ")
                .append(first.display())
                .append(" in ")
                .append(first.label())
                .append(" to ")
                .append(last.display())
                .append(" in ")
                .append(last.label())
                .append(". Lowest ")
                .append(low.display())
                .append(" (")
                .append(low.label())
                .append("), highest ")
                .append(high.display())
                .append(" (")
                .append(high.label())
                .append(").");
        TrendPoint latest = detail.trend().getLast();
        if (latest.target() != null) {
            s.append(" Target ").append(unit.format(latest.target())).append('.');
        } else if (latest.targetLow() != null) {
            s.append(" Target range ")
                    .append(unit.format(latest.targetLow()))
                    .append(" to ")
                    .append(unit.format(latest.targetHigh()))
                    .append('.');
        }
        String baseline = detail.status().measure().baseline();
        if (baseline != null) {
            s.append(" Baseline ").append(baseline).append('.');
        }
        if (latest.statNeighbour() != null) {
            s.append(" Statistical neighbours ")
                    .append(unit.format(latest.statNeighbour()))
                    .append('.');
        }
        if (latest.national() != null) {
            s.append(" England ").append(unit.format(latest.national())).append('.');
        }
        long gaps = detail.trend().stream().filter(p -> p.value() == null).count();
        if (gaps > 0) {
            s.append(' ')
                    .append(gaps)
                    .append(gaps == 1 ? " period is" : " periods are")
                    .append(" withheld with a mark or in words and not plotted.");
        }
        return s.toString();
    }
}
