package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.cptracker.board.TrendChart.Chart;
import com.cptracker.board.TrendChart.Marker;
import com.cptracker.board.TrendChart.Point;
import com.cptracker.board.TrendChart.Sparkline;
import com.cptracker.board.TrendChart.Tick;
import com.cptracker.board.TrendChart.XLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    static final Function<BigDecimal, String> PERCENT = v -> v.toPlainString() + "%";

    static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static String quarter(int i) {
        int year = 2018 + i / 4;
        return year + "-" + String.format("%02d", (year + 1) % 100) + " Q" + (i % 4 + 1);
    }

    static Point value(int i, String v) {
        return new Point(quarter(i), n(v), false, null, null, null, null, null);
    }

    static List<Point> values(String... vs) {
        return IntStream.range(0, vs.length).mapToObj(i -> value(i, vs[i])).toList();
    }

    static List<Double> ys(String polyline) {
        return Arrays.stream(polyline.split(" "))
                .map(p -> Double.parseDouble(p.split(",")[1]))
                .toList();
    }

    static List<Double> xs(String polyline) {
        return Arrays.stream(polyline.split(" "))
                .map(p -> Double.parseDouble(p.split(",")[0]))
                .toList();
    }

    /** 250 gives "2.5", 0.05 gives "5". */
    static String mantissa(BigDecimal step) {
        BigDecimal s = step.stripTrailingZeros();
        return s.movePointLeft(s.precision() - s.scale() - 1)
                .stripTrailingZeros()
                .toPlainString();
    }

    static BigDecimal lowest(Chart c) {
        return c.yTicks().getFirst().value();
    }

    static BigDecimal highest(Chart c) {
        return c.yTicks().getLast().value();
    }

    @Test
    void scaleCoversValuesTargetsRangesAndBothBenchmarks() {
        List<Point> points = List.of(
                new Point("2018-19 Q1", n("91"), false, n("95"), null, null, n("84.5"), n("88")),
                new Point("2018-19 Q2", n("93"), false, null, n("90"), n("97.5"), n("86"), n("99.2")),
                new Point("2018-19 Q3", n("96"), false, null, null, null, null, null));
        Chart c = TrendChart.chart(points, PERCENT);

        assertThat(lowest(c)).isLessThanOrEqualTo(n("84.5"));
        assertThat(highest(c)).isGreaterThanOrEqualTo(n("99.2"));
        assertThat(c.hasTarget()).isTrue();
        assertThat(c.hasStatNeighbour()).isTrue();
        assertThat(c.hasNational()).isTrue();
        assertThat(c.statNeighbourMarkers()).hasSize(2);
        assertThat(c.nationalMarkers()).hasSize(2);
        // Every drawn y sits inside the plot.
        List<Double> allY = new ArrayList<>();
        c.values().forEach(m -> allY.add(m.y()));
        c.statNeighbourMarkers().forEach(m -> allY.add(m.y()));
        c.nationalMarkers().forEach(m -> allY.add(m.y()));
        c.targetBands().forEach(b -> {
            allY.add(b.y());
            allY.add(b.y() + b.height());
        });
        assertThat(allY).allSatisfy(y -> assertThat(y).isBetween(c.plotTop(), c.plotBottom()));
    }

    @Test
    void ticksAreNiceEvenlySpacedAndOrderedAndLabelledByTheFormat() {
        for (List<Point> points : List.of(
                values("91", "93", "95", "96"),
                values("0.12", "0.37"),
                values("1200", "4810", "3000"),
                values("-3", "7"),
                values("12.5", "12.5"),
                values("0", "0"))) {
            Chart c = TrendChart.chart(points, PERCENT);
            List<Tick> ticks = c.yTicks();
            assertThat(ticks.size()).as("ticks for %s", points).isBetween(4, 6);
            BigDecimal step = ticks.get(1).value().subtract(ticks.get(0).value());
            assertThat(step.signum()).isPositive();
            assertThat(mantissa(step)).as("step %s", step).isIn("1", "2", "2.5", "5");
            for (int i = 1; i < ticks.size(); i++) {
                assertThat(ticks.get(i).value().subtract(ticks.get(i - 1).value()))
                        .isEqualByComparingTo(step);
                assertThat(ticks.get(i).y()).isLessThan(ticks.get(i - 1).y());
            }
            assertThat(ticks.getFirst().y()).isEqualTo(c.plotBottom());
            assertThat(ticks.getLast().y()).isEqualTo(c.plotTop());
            ticks.forEach(t -> assertThat(t.label()).isEqualTo(t.value().toPlainString() + "%"));
        }
        assertThat(TrendChart.chart(values("91", "96"), PERCENT).yTicks())
                .extracting(Tick::label)
                .containsExactly("91%", "92%", "93%", "94%", "95%", "96%");
    }

    @Test
    void zeroIsIncludedWhenTheFiguresAreNearItButNotWhenFarAway() {
        assertThat(lowest(TrendChart.chart(values("12", "50"), PERCENT))).isEqualByComparingTo("0");
        assertThat(highest(TrendChart.chart(values("-12", "-50"), PERCENT))).isEqualByComparingTo("0");
        assertThat(lowest(TrendChart.chart(values("91", "96"), PERCENT))).isGreaterThan(BigDecimal.ZERO);
        assertThat(lowest(TrendChart.chart(values("3", "7"), PERCENT))).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Test
    void higherValuesAreDrawnHigherUp() {
        Chart c = TrendChart.chart(values("10", "30", "20"), PERCENT);
        List<Marker> m = c.values();
        assertThat(m.get(1).y()).isLessThan(m.get(2).y());
        assertThat(m.get(2).y()).isLessThan(m.get(0).y());
        assertThat(m.get(0).x()).isLessThan(m.get(1).x());
        assertThat(m.get(1).x()).isLessThan(m.get(2).x());
        assertThat(m).allSatisfy(marker -> assertThat(marker.x()).isBetween(c.plotLeft(), c.plotRight()));
        assertThat(ys(c.valueSegments().getFirst()))
                .containsExactly(m.get(0).y(), m.get(1).y(), m.get(2).y());
        assertThat(m.get(1).title()).isEqualTo("2018-19 Q2: 30%");
    }

    @Test
    void aMissingFigureBreaksTheLine() {
        Chart c = TrendChart.chart(values("1", "2", null, "4", "5", "6", null, "8"), PERCENT);
        assertThat(c.valueSegments()).hasSize(2);
        assertThat(c.valueSegments().get(0).split(" ")).hasSize(2);
        assertThat(c.valueSegments().get(1).split(" ")).hasSize(3);
        // The lone last figure has no line to be part of, but still has its marker.
        assertThat(c.values()).hasSize(6);

        List<Point> benchmarks = IntStream.range(0, 5)
                .mapToObj(i -> new Point(
                        quarter(i), null, false, null, null, null, i == 2 ? null : n("50"), i == 1 ? null : n("60")))
                .toList();
        Chart b = TrendChart.chart(benchmarks, PERCENT);
        assertThat(b.statNeighbourSegments()).hasSize(2);
        assertThat(b.nationalSegments()).hasSize(1);
        assertThat(b.values()).isEmpty();
        assertThat(b.valueSegments()).isEmpty();
        assertThat(b.empty()).isFalse();
    }

    @Test
    void targetStepLineChangesAtTheYearBoundaryAndBreaksWhereThereIsNone() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String target = i < 4 ? "95" : i < 8 ? "96" : null;
            points.add(new Point(quarter(i), n("94"), false, n(target), null, null, null, null));
        }
        Chart c = TrendChart.chart(points, PERCENT);
        assertThat(c.targetSegments()).hasSize(1);
        String step = c.targetSegments().getFirst();
        List<Double> x = xs(step);
        List<Double> y = ys(step);
        assertThat(x).hasSize(4);
        double boundary = (c.values().get(3).x() + c.values().get(4).x()) / 2;
        assertThat(x.get(0)).isEqualTo(c.plotLeft());
        assertThat(x.get(1)).isCloseTo(boundary, offset(0.11));
        assertThat(x.get(2)).isEqualTo(x.get(1));
        assertThat(x.get(3))
                .isCloseTo((c.values().get(7).x() + c.values().get(8).x()) / 2, offset(0.11));
        assertThat(y.get(0)).isEqualTo(y.get(1));
        assertThat(y.get(2)).isEqualTo(y.get(3)).isLessThan(y.get(1));
        assertThat(c.hasTarget()).isTrue();
        assertThat(TrendChart.chart(values("1", "2"), PERCENT).hasTarget()).isFalse();
    }

    @Test
    void aTargetRangeIsDrawnAsABandPerRunOfTheSameRange() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            points.add(new Point(
                    quarter(i), n("12"), false, null, n(i < 4 ? "10" : "11"), n(i < 4 ? "15" : "14"), null, null));
        }
        Chart c = TrendChart.chart(points, PERCENT);
        assertThat(c.targetBands()).hasSize(2);
        assertThat(c.targetSegments()).isEmpty();
        assertThat(c.hasTarget()).isTrue();
        var first = c.targetBands().get(0);
        var second = c.targetBands().get(1);
        assertThat(first.x()).isEqualTo(c.plotLeft());
        assertThat(first.x() + first.width()).isCloseTo(second.x(), offset(0.11));
        assertThat(second.x() + second.width()).isCloseTo(c.plotRight(), offset(0.11));
        assertThat(second.y()).isGreaterThan(first.y());
        assertThat(second.height()).isLessThan(first.height());
        Marker twelve = c.values().getFirst();
        assertThat(twelve.y()).isBetween(first.y(), first.y() + first.height());
        assertThat(first.label()).isEqualTo("Target range 10% to 15%, 2018-19 Q1 to 2018-19 Q4");
    }

    @Test
    void suppressedValuesHaveNoMarkerAndBreakTheLine() {
        List<Point> points = new ArrayList<>(values("5", "6", "7", "8"));
        points.set(1, new Point(quarter(1), n("999"), true, null, null, null, null, null));
        Chart c = TrendChart.chart(points, PERCENT);
        assertThat(c.values()).extracting(Marker::label).containsExactly("2018-19 Q1", "2018-19 Q3", "2018-19 Q4");
        assertThat(c.valueSegments()).hasSize(1);
        // The suppressed figure does not stretch the scale either.
        assertThat(highest(c)).isLessThan(n("999"));
    }

    @Test
    void xLabelsAreThinnedToAtMostEight() {
        List<Point> forty = IntStream.range(0, 40)
                .mapToObj(i -> value(i, String.valueOf(i)))
                .toList();
        Chart c = TrendChart.chart(forty, PERCENT);
        assertThat(c.xLabels()).hasSizeBetween(5, 8);
        assertThat(c.xLabels().getFirst().label()).isEqualTo("2018-19 Q1");
        assertThat(c.xLabels()).extracting(XLabel::x).isSorted();
        assertThat(c.values()).hasSize(40);

        Chart few = TrendChart.chart(values("1", "2", "3"), PERCENT);
        assertThat(few.xLabels()).extracting(XLabel::label).containsExactly("2018-19 Q1", "2018-19 Q2", "2018-19 Q3");
    }

    @Test
    void sparklineDrawsAFlatSeriesAcrossTheMiddle() {
        Sparkline s = TrendChart.sparkline(List.of(n("95"), n("95"), n("95")));
        assertThat(s.empty()).isFalse();
        assertThat(s.width()).isEqualTo(120);
        assertThat(s.height()).isEqualTo(30);
        assertThat(s.points()).isEqualTo("3.0,15.0 60.0,15.0 117.0,15.0");
        assertThat(s.lastX()).isEqualTo(117.0);
        assertThat(s.lastY()).isEqualTo(15.0);
    }

    @Test
    void sparklineSkipsNullsAndPutsHigherValuesHigher() {
        Sparkline s = TrendChart.sparkline(Arrays.asList(n("91"), null, n("93"), n("95")));
        assertThat(s.points().split(" ")).hasSize(3);
        List<Double> y = ys(s.points());
        assertThat(y).containsExactly(27.0, 15.0, 3.0);
        assertThat(s.lastY()).isEqualTo(3.0);
    }

    @Test
    void emptyInputsGiveEmptyCharts() {
        assertThat(TrendChart.chart(List.of(), PERCENT).empty()).isTrue();
        assertThat(TrendChart.chart(null, PERCENT).empty()).isTrue();
        Chart noNumbers = TrendChart.chart(values(null, null), PERCENT);
        assertThat(noNumbers.empty()).isTrue();
        assertThat(noNumbers.values()).isEmpty();
        assertThat(noNumbers.xLabels()).isEmpty();
        assertThat(TrendChart.chart(values("7"), null).yTicks())
                .extracting(Tick::label)
                .contains("7");

        assertThat(TrendChart.sparkline(List.of()).empty()).isTrue();
        assertThat(TrendChart.sparkline(null).empty()).isTrue();
        assertThat(TrendChart.sparkline(Arrays.asList(n("4"), null)).empty()).isTrue();
    }
}
