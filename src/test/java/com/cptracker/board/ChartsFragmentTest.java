package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.board.TrendChart.Chart;
import com.cptracker.board.TrendChart.Point;
import com.cptracker.board.TrendChart.Sparkline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The chart fragments rendered by a standalone Thymeleaf engine (no Spring context) and read back with jsoup.
 * The engine is Thymeleaf's Spring flavour so that expressions are SpEL, as in the running application.
 */
class ChartsFragmentTest {

    static final String DESCRIPTION = "Values rose from 91% in 2018-19 Q1 to 96% in 2019-20 Q4; target 95%";
    static final String NASTY = "<script>alert('x')</script>";

    static final SpringTemplateEngine ENGINE = engine();

    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static String quarter(int i) {
        int year = 2018 + i / 4;
        return year + "-" + String.format("%02d", (year + 1) % 100) + " Q" + (i % 4 + 1);
    }

    /** Eight quarters: one missing, one suppressed; a target per year, a range in year two, both benchmarks. */
    static List<Point> measure() {
        String[] values = {"91", "92", null, "93", "94", "999", "95", "96"};
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            boolean yearTwo = i >= 4;
            points.add(new Point(
                    quarter(i),
                    n(values[i]),
                    i == 5,
                    yearTwo ? null : n("95"),
                    yearTwo ? n("94") : null,
                    yearTwo ? n("97") : null,
                    n("90"),
                    n("92.5")));
        }
        return points;
    }

    static String render(Chart chart, String id, String title, String description, Sparkline spark, String sparkLabel) {
        Context context = new Context();
        context.setVariables(Map.of(
                "chart",
                chart,
                "chartId",
                id,
                "title",
                title,
                "description",
                description,
                "spark",
                spark,
                "sparkLabel",
                sparkLabel));
        return ENGINE.process("chart-test", context);
    }

    static Document renderMeasure(List<Point> points) {
        Chart chart = TrendChart.chart(points, v -> v.toPlainString() + "%");
        Sparkline spark = TrendChart.sparkline(
                points.stream().map(p -> p.marked() ? null : p.value()).toList());
        return Jsoup.parse(render(
                chart,
                "measure-7",
                "Care leavers in education, employment or training",
                DESCRIPTION,
                spark,
                "Trend: 91%, 92%, 93%, 94%, 95%, 96%"));
    }

    static Element chartSvg(Document doc) {
        Elements svgs = doc.select("#chart figure.app-chart > svg[role=img]");
        assertThat(svgs).hasSize(1);
        return svgs.first();
    }

    @Test
    void theChartIsAnImageNamedAndDescribedByItsOwnTitleAndDesc() {
        Document doc = renderMeasure(measure());
        Element svg = chartSvg(doc);

        String[] ids = svg.attr("aria-labelledby").split(" ");
        assertThat(ids).containsExactly("measure-7-title", "measure-7-desc");
        Element title = doc.getElementById(ids[0]);
        Element desc = doc.getElementById(ids[1]);
        assertThat(title).isNotNull();
        assertThat(desc).isNotNull();
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(desc.tagName()).isEqualTo("desc");
        assertThat(title.parent()).isEqualTo(svg);
        assertThat(desc.parent()).isEqualTo(svg);
        assertThat(title.text()).isEqualTo("Care leavers in education, employment or training");
        assertThat(desc.text()).isEqualTo(DESCRIPTION);
    }

    @Test
    void oneRoundMarkerPerShownValueEachWithItsPeriodAndFigure() {
        Document doc = renderMeasure(measure());
        Elements circles = chartSvg(doc).select("circle");
        // Eight quarters, one missing and one suppressed.
        assertThat(circles).hasSize(6);
        assertThat(circles.first().selectFirst("title").text()).isEqualTo("2018-19 Q1: 91%");
        assertThat(chartSvg(doc).text()).doesNotContain("999");
        assertThat(chartSvg(doc).select("polyline.app-chart__line--value")).hasSize(3);
        assertThat(chartSvg(doc).select("polyline.app-chart__line--target")).hasSize(1);
        assertThat(chartSvg(doc).select("rect.app-chart__band")).hasSize(1);
        assertThat(chartSvg(doc).select("path.app-chart__marker--stat-neighbour"))
                .hasSize(8);
        assertThat(chartSvg(doc).select("polygon.app-chart__marker--national")).hasSize(8);
        assertThat(chartSvg(doc).select("text.app-chart__x-label")).hasSize(8);
        assertThat(chartSvg(doc).select("text.app-chart__tick-label")).hasSizeBetween(4, 6);
    }

    @Test
    void nothingIsStyledInlineAndNothingRuns() {
        String html = render(
                TrendChart.chart(measure(), v -> v + "%"),
                "m",
                "T",
                "D",
                TrendChart.sparkline(List.of(n("1"), n("2"))),
                "Trend: 1, 2");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("style")).isEmpty();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements())
                .allSatisfy(e -> assertThat(e.attributes().asList())
                        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
        assertThat(html).contains("viewBox=\"0 0 720 320\"").contains("viewBox=\"0 0 120 30\"");
    }

    @Test
    void markupInLabelsTitlesAndDescriptionsStaysText() {
        List<Point> points = new ArrayList<>(measure());
        points.set(0, new Point(NASTY, n("91"), false, null, null, null, null, null));
        Chart chart = TrendChart.chart(points, v -> v + "%");
        String html = render(chart, "m", NASTY, NASTY, TrendChart.sparkline(List.of(n("1"), n("2"))), NASTY);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(doc.getElementById("m-title").text()).isEqualTo(NASTY);
        assertThat(doc.getElementById("m-desc").text()).isEqualTo(NASTY);
        assertThat(doc.select("text.app-chart__x-label").first().text()).isEqualTo(NASTY);
        assertThat(doc.select("svg.app-sparkline > title").text()).isEqualTo(NASTY);
    }

    @Test
    void theLegendNamesEverySeriesInWords() {
        Element legend = renderMeasure(measure()).selectFirst("figure.app-chart > figcaption");
        assertThat(legend).isNotNull();
        assertThat(legend.text())
                .contains(
                        "Our figure",
                        "Target (dashed line)",
                        "Target range",
                        "Statistical neighbours",
                        "dotted",
                        "square",
                        "National",
                        "long dashes",
                        "diamond");
        assertThat(legend.select("svg"))
                .allSatisfy(swatch -> assertThat(swatch.attr("aria-hidden")).isEqualTo("true"));
    }

    @Test
    void theLegendLeavesOutSeriesTheChartDoesNotHave() {
        List<Point> plain = List.of(
                new Point("2018-19 Q1", n("3"), false, null, null, null, null, null),
                new Point("2018-19 Q2", n("4"), false, null, null, null, null, null));
        Element legend = renderMeasure(plain).selectFirst("figure.app-chart > figcaption");
        assertThat(legend.text()).contains("Our figure").doesNotContain("Target", "Statistical", "National");
    }

    @Test
    void theSparklineIsAnImageTitledByItsLabel() {
        Document doc = renderMeasure(measure());
        Elements sparks = doc.select("#spark svg.app-sparkline[role=img]");
        assertThat(sparks).hasSize(1);
        Element spark = sparks.first();
        assertThat(spark.selectFirst("title").text()).isEqualTo("Trend: 91%, 92%, 93%, 94%, 95%, 96%");
        assertThat(spark.child(0).tagName())
                .as("the title, first, names the image")
                .isEqualTo("title");
        assertThat(spark.select("polyline").attr("points").split(" ")).hasSize(6);
        assertThat(spark.select("circle")).hasSize(1);
    }

    @Test
    void emptyDataDrawsNoChartAndNoSparkline() {
        Document doc = Jsoup.parse(render(
                TrendChart.chart(List.of(), null),
                "m",
                "T",
                "D",
                TrendChart.sparkline(Arrays.asList(n("5"), null)),
                "Trend: 5"));
        assertThat(doc.select("svg")).isEmpty();
        assertThat(doc.select("#chart").text()).isEqualTo("There are no figures to chart yet.");
        assertThat(doc.select("#spark").html()).isBlank();
    }
}
