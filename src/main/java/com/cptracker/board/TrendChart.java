package com.cptracker.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The geometry of a measure's charts, worked out on the server so that templates only place SVG elements: a sparkline
 * for a scorecard row and a full trend chart (values, target step line and range bands, statistical neighbours' and
 * national lines). Coordinates are SVG user units, rounded to one decimal place; y grows downward.
 */
public final class TrendChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;
    public static final int MARGIN_TOP = 16;
    public static final int MARGIN_RIGHT = 16;
    public static final int MARGIN_BOTTOM = 48;
    public static final int MARGIN_LEFT = 72;
    public static final int SPARK_WIDTH = 120;
    public static final int SPARK_HEIGHT = 30;
    public static final int MAX_X_LABELS = 8;
    private static final double SPARK_PAD = 3;
    private static final double MARKER_HALF = 3.5;
    private static final String[] NICE = {"1", "2", "2.5", "5"};

    private TrendChart() {}

    /** One period of a measure. Any number may be null; a value withheld with a mark is never drawn. */
    public record Point(
            String label,
            BigDecimal value,
            boolean marked,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal statNeighbour,
            BigDecimal national) {}

    /** A small trend line; {@code points} goes straight into {@code <polyline points>}. */
    public record Sparkline(int width, int height, String points, double lastX, double lastY, int count) {
        /** True when there are fewer than two numbers: nothing to draw. */
        public boolean empty() {
            return count < 2;
        }
    }

    public record Tick(BigDecimal value, double y, String label) {}

    public record XLabel(double x, String label) {}

    /** A point on a line, with its period label and formatted value for a tooltip title. */
    public record Marker(double x, double y, String label, String value) {
        public String title() {
            return label + ": " + value;
        }

        /** Path data for a square marker centred on the point. */
        public String square() {
            return "M" + pair(x - MARKER_HALF, y - MARKER_HALF) + " h" + num(2 * MARKER_HALF) + " v"
                    + num(2 * MARKER_HALF) + " h-" + num(2 * MARKER_HALF) + " Z";
        }

        /** Polygon points for a diamond marker centred on the point. */
        public String diamond() {
            double r = MARKER_HALF + 1;
            return pair(x, y - r) + " " + pair(x + r, y) + " " + pair(x, y + r) + " " + pair(x - r, y);
        }
    }

    /** A shaded rectangle for a target range over one or more consecutive periods. */
    public record Band(double x, double y, double width, double height, String label) {}

    /** Everything a trend chart needs; all lists are immutable, segments are {@code <polyline points>} strings. */
    public record Chart(
            int width,
            int height,
            int marginTop,
            int marginRight,
            int marginBottom,
            int marginLeft,
            List<Tick> yTicks,
            List<XLabel> xLabels,
            List<Marker> values,
            List<String> valueSegments,
            List<String> targetSegments,
            List<Band> targetBands,
            List<String> statNeighbourSegments,
            List<Marker> statNeighbourMarkers,
            List<String> nationalSegments,
            List<Marker> nationalMarkers,
            boolean hasTarget,
            boolean hasStatNeighbour,
            boolean hasNational) {

        /** True when there was nothing at all to draw. */
        public boolean empty() {
            return yTicks.isEmpty();
        }

        public double plotLeft() {
            return marginLeft;
        }

        public double plotRight() {
            return width - marginRight;
        }

        public double plotTop() {
            return marginTop;
        }

        public double plotBottom() {
            return height - marginBottom;
        }

        /** Where the y tick labels end (they are right-aligned against the axis). */
        public double tickLabelX() {
            return marginLeft - 8;
        }

        /** Baseline of the x labels. */
        public double xLabelY() {
            return height - marginBottom + 24;
        }

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    public static Sparkline sparkline(List<BigDecimal> values) {
        List<Double> numbers = new ArrayList<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(v -> numbers.add(v.doubleValue()));
        }
        if (numbers.size() < 2) {
            return new Sparkline(SPARK_WIDTH, SPARK_HEIGHT, "", 0, 0, numbers.size());
        }
        DoubleSummaryStatistics range =
                numbers.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        double min = range.getMin();
        double max = range.getMax();
        StringBuilder points = new StringBuilder();
        double x = 0;
        double y = 0;
        for (int i = 0; i < numbers.size(); i++) {
            x = round(SPARK_PAD + i * (SPARK_WIDTH - 2 * SPARK_PAD) / (numbers.size() - 1));
            y = round(
                    max == min
                            ? SPARK_HEIGHT / 2.0
                            : SPARK_PAD + (max - numbers.get(i)) / (max - min) * (SPARK_HEIGHT - 2 * SPARK_PAD));
            points.append(i == 0 ? "" : " ").append(pair(x, y));
        }
        return new Sparkline(SPARK_WIDTH, SPARK_HEIGHT, points.toString(), x, y, numbers.size());
    }

    public static Chart chart(List<Point> points, Function<BigDecimal, String> format) {
        Function<BigDecimal, String> fmt = format != null ? format : BigDecimal::toPlainString;
        List<Point> ps = points == null ? List.of() : points;
        BigDecimal min = null;
        BigDecimal max = null;
        for (Point p : ps) {
            for (BigDecimal v : new BigDecimal[] {
                value(p), p.target(), p.targetLow(), p.targetHigh(), p.statNeighbour(), p.national()
            }) {
                if (v != null) {
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
        }
        if (min == null) {
            return new Chart(
                    WIDTH,
                    HEIGHT,
                    MARGIN_TOP,
                    MARGIN_RIGHT,
                    MARGIN_BOTTOM,
                    MARGIN_LEFT,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    false,
                    false);
        }
        BigDecimal[] scale = scale(min, max);
        Geometry g = new Geometry(ps.size(), scale[0].doubleValue(), scale[1].doubleValue());

        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal t = scale[1]; t.compareTo(scale[0]) >= 0; t = t.subtract(scale[2])) {
            BigDecimal clean = plain(t);
            ticks.add(0, new Tick(clean, g.y(clean), fmt.apply(clean)));
        }
        List<XLabel> xLabels = new ArrayList<>();
        int every = (int) Math.ceil(ps.size() / (double) MAX_X_LABELS);
        for (int i = 0; i < ps.size(); i += every) {
            xLabels.add(new XLabel(g.x(i), ps.get(i).label()));
        }

        List<BigDecimal> values = ps.stream().map(TrendChart::value).toList();
        List<BigDecimal> stats = ps.stream().map(Point::statNeighbour).toList();
        List<BigDecimal> nationals = ps.stream().map(Point::national).toList();
        List<Band> bands = bands(ps, g, fmt);
        List<String> targetSegments = targetSegments(ps, g);
        return new Chart(
                WIDTH,
                HEIGHT,
                MARGIN_TOP,
                MARGIN_RIGHT,
                MARGIN_BOTTOM,
                MARGIN_LEFT,
                List.copyOf(ticks),
                List.copyOf(xLabels),
                markers(ps, values, g, fmt),
                segments(values, g),
                targetSegments,
                bands,
                segments(stats, g),
                markers(ps, stats, g, fmt),
                segments(nationals, g),
                markers(ps, nationals, g, fmt),
                !targetSegments.isEmpty() || !bands.isEmpty(),
                stats.stream().anyMatch(Objects::nonNull),
                nationals.stream().anyMatch(Objects::nonNull));
    }

    /** Maps period index and value to SVG coordinates; each period owns a band of equal width. */
    private record Geometry(int n, double lo, double hi) {
        double slot() {
            return (WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / (double) Math.max(n, 1);
        }

        double left(int i) {
            return round(MARGIN_LEFT + i * slot());
        }

        double x(int i) {
            return round(MARGIN_LEFT + (i + 0.5) * slot());
        }

        double y(BigDecimal v) {
            return round(MARGIN_TOP + (hi - v.doubleValue()) / (hi - lo) * (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM));
        }
    }

    private static BigDecimal value(Point p) {
        return p.marked() ? null : p.value();
    }

    /** The single figure a period's target line is drawn at: the target, or the only bound of a half-open range. */
    private static BigDecimal targetLine(Point p) {
        if (p.target() != null || (p.targetLow() != null && p.targetHigh() != null)) {
            return p.target();
        }
        return p.targetLow() != null ? p.targetLow() : p.targetHigh();
    }

    private static List<Marker> markers(
            List<Point> ps, List<BigDecimal> ys, Geometry g, Function<BigDecimal, String> fmt) {
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < ys.size(); i++) {
            if (ys.get(i) != null) {
                out.add(new Marker(g.x(i), g.y(ys.get(i)), ps.get(i).label(), fmt.apply(ys.get(i))));
            }
        }
        return List.copyOf(out);
    }

    /** Polylines through period centres, broken at every missing number; single points are left to markers. */
    private static List<String> segments(List<BigDecimal> ys, Geometry g) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= ys.size(); i++) {
            if (i < ys.size() && ys.get(i) != null) {
                run.add(pair(g.x(i), g.y(ys.get(i))));
            } else {
                if (run.size() >= 2) {
                    out.add(String.join(" ", run));
                }
                run.clear();
            }
        }
        return List.copyOf(out);
    }

    /** A step line: level across each period's slot, vertical where the target changes, broken where there is none. */
    private static List<String> targetSegments(List<Point> ps, Geometry g) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i <= ps.size(); i++) {
            BigDecimal t = i < ps.size() ? targetLine(ps.get(i)) : null;
            if (t == null) {
                if (previous != null) {
                    run.add(pair(g.left(i), g.y(previous)));
                    out.add(String.join(" ", run));
                    run.clear();
                }
            } else if (previous == null) {
                run.add(pair(g.left(i), g.y(t)));
            } else if (t.compareTo(previous) != 0) {
                run.add(pair(g.left(i), g.y(previous)));
                run.add(pair(g.left(i), g.y(t)));
            }
            previous = t;
        }
        return List.copyOf(out);
    }

    /** One rectangle per run of consecutive periods sharing the same low-high target range. */
    private static List<Band> bands(List<Point> ps, Geometry g, Function<BigDecimal, String> fmt) {
        List<Band> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= ps.size(); i++) {
            Point p = i < ps.size() ? ps.get(i) : null;
            boolean ranged = p != null && p.targetLow() != null && p.targetHigh() != null;
            boolean continues = ranged && start >= 0 && sameRange(ps.get(start), p);
            if (start >= 0 && !continues) {
                Point s = ps.get(start);
                BigDecimal low = s.targetLow().min(s.targetHigh());
                BigDecimal high = s.targetLow().max(s.targetHigh());
                double top = g.y(high);
                String periods = start == i - 1
                        ? s.label()
                        : s.label() + " to " + ps.get(i - 1).label();
                out.add(new Band(
                        g.left(start),
                        top,
                        round(g.left(i) - g.left(start)),
                        round(g.y(low) - top),
                        "Target range " + fmt.apply(low) + " to " + fmt.apply(high) + ", " + periods));
                start = -1;
            }
            if (ranged && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    private static boolean sameRange(Point a, Point b) {
        return a.targetLow().compareTo(b.targetLow()) == 0 && a.targetHigh().compareTo(b.targetHigh()) == 0;
    }

    /**
     * A "nice" axis: {lowest tick, highest tick, step}, with 4 to 6 ticks when it can, steps of 1, 2, 2.5 or 5 times
     * a power of ten, and zero included when every number is on one side of it and not far from it.
     */
    private static BigDecimal[] scale(BigDecimal min, BigDecimal max) {
        if (min.compareTo(max) == 0) {
            BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().multiply(new BigDecimal("0.1"));
            boolean nonNegative = min.signum() >= 0;
            min = min.subtract(pad);
            max = max.add(pad);
            if (nonNegative && min.signum() < 0) {
                min = BigDecimal.ZERO;
            }
        }
        BigDecimal zoneOfZero = new BigDecimal("0.4");
        if (min.signum() >= 0 && min.compareTo(max.multiply(zoneOfZero)) <= 0) {
            min = BigDecimal.ZERO;
        } else if (max.signum() <= 0 && max.compareTo(min.multiply(zoneOfZero)) >= 0) {
            max = BigDecimal.ZERO;
        }
        int magnitude = (int) Math.floor(Math.log10(max.subtract(min).doubleValue()));
        BigDecimal[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (int power = magnitude - 2; power <= magnitude + 1; power++) {
            for (String mantissa : NICE) {
                BigDecimal step = new BigDecimal(mantissa).scaleByPowerOfTen(power);
                BigDecimal lo = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                BigDecimal hi = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
                int ticks = hi.subtract(lo).divideToIntegralValue(step).intValue() + 1;
                double score =
                        Math.abs(ticks - 5) + (ticks < 4 || ticks > 6 ? 10 : 0) + (mantissa.equals("2.5") ? 1 : 0);
                if (score < bestScore) {
                    bestScore = score;
                    best = new BigDecimal[] {plain(lo), plain(hi), plain(step)};
                }
            }
        }
        return best;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", round(v));
    }

    private static String pair(double x, double y) {
        return num(x) + "," + num(y);
    }
}
