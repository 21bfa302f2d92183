package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.AuditService.AuditEntry;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year's targets and benchmarks for every measure of a strategy on one page: last year's beside them, saved
 * together with one reason, all or nothing, each change audited as a measure's own forms audit it.
 */
@AdminApplicationTest
class TargetYearAdminTest {

    static final String YEAR = "2025-26";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    MeasureAdminService measureAdmin;

    @Autowired
    MeasureTargetAdminService targets;

    @Autowired
    StrategyService strategies;

    @Autowired
    AuditService audit;

    String slug;
    String page;
    long strategyId;
    long percent;
    long number;
    long range;
    long context;
    long words;

    @BeforeEach
    void aStrategyWithEveryKindOfMeasure() {
        slug = "targets-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Targets test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        long priority = priorityAdmin.createPriority(
                strategyId,
                new PriorityFields("Outcome", 1, "A good, safe home", null, null, null, null, null, List.of()));
        percent = measure(priority, "A1", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER);
        number = measure(priority, "A2", MeasureUnit.NUMBER, Polarity.LOWER_IS_BETTER);
        range = measure(priority, "A3", MeasureUnit.DAYS, Polarity.TARGET_RANGE);
        context = measure(priority, "A4", MeasureUnit.NUMBER, Polarity.CONTEXT_ONLY);
        words = measure(null, "G1", MeasureUnit.QUALITATIVE, Polarity.HIGHER_IS_BETTER);
        targets.setTarget(
                strategyId,
                percent,
                new TargetFields("2024-25", new BigDecimal("90"), null, null, new BigDecimal("5"), "Last year"),
                null);
        targets.setBenchmark(
                strategyId,
                percent,
                new BenchmarkFields("2024-25", new BigDecimal("60"), new BigDecimal("65"), "LAIT"),
                null);
        page = "/admin/strategies/" + slug + "/targets/" + YEAR;
    }

    long measure(Long priority, String ref, MeasureUnit unit, Polarity polarity) {
        return measureAdmin.create(
                strategyId,
                new MeasureFields(
                        priority,
                        null,
                        ref,
                        "Measure " + ref,
                        null,
                        unit,
                        polarity,
                        Frequency.QUARTERLY,
                        null,
                        null,
                        null,
                        null));
    }

    static String cell(long measure, String column) {
        return "rows[" + measure + "]." + column;
    }

    static Element box(Document page, long measure, String column) {
        return page.getElementById(cell(measure, column));
    }

    @Test
    void showsEveryMeasureWithLastYearsFiguresAndABoxOnlyWhereAFigureMakesSense() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Document shown = admin.page(page);
        assertThat(shown.select("h1").text()).isEqualTo("Targets and benchmarks for 2025-26");
        assertThat(shown.title())
                .isEqualTo(
                        "Targets and benchmarks for 2025-26 - Targets test - Administration - Corporate Parenting Tracker");
        assertThat(shown.select("p:contains(every measure for a year)").text()).contains("2024-25", "2025-26");
        assertThat(shown.select("p:contains(every measure for a year) a").eachText())
                .containsExactly("2024-25");
        assertThat(shown.select("tbody th[scope=row] > a").eachText()).containsExactly("A1", "A2", "A3", "A4", "G1");
        assertThat(shown.select("tbody th[scope=rowgroup]").eachText()).containsExactly("Outcome 1", "General");
        assertThat(shown.select("thead th").last().text()).isEqualTo("2024-25 (last year)");
        assertThat(shown.select("tbody tr:has(a:containsOwn(A1))").text())
                .contains("Target 90, amber 5", "Neighbours 60, national 65");
        assertThat(shown.select("tbody tr:has(a:containsOwn(A2))").text()).contains("None set");

        assertThat(box(shown, percent, "target")).isNotNull();
        assertThat(box(shown, percent, "amberThreshold").val()).isEqualTo("0");
        assertThat(shown.getElementsByAttributeValue("for", cell(percent, "target"))
                        .text())
                .isEqualTo("Target for A1, 2025-26");
        assertThat(box(shown, range, "target")).isNull();
        assertThat(box(shown, range, "targetLow")).isNotNull();
        assertThat(box(shown, range, "targetHigh")).isNotNull();
        assertThat(box(shown, context, "target")).isNull();
        assertThat(box(shown, context, "amberThreshold")).isNull();
        assertThat(box(shown, context, "national")).isNotNull();
        assertThat(box(shown, words, "statNeighbour")).isNull();
        assertThat(shown.select("tbody tr:has(a:containsOwn(G1))").text()).contains("Reported in words");
        assertThat(shown.select("#targets-table").attr("role")).isEqualTo("region");

        assertThat(admin.page("/admin/strategies/" + slug + "/measures").select("a[href$=/targets/2025-26]"))
                .hasSize(1);
    }

    @Test
    void savesEveryChangeTogetherWithOneReasonAndAuditsEachOnce() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String[] fields = fieldsOf(admin.page(page), "main form");
        admin.postAndFollow(
                page,
                with(
                        fields,
                        cell(percent, "target"),
                        "92.5%",
                        cell(percent, "amberThreshold"),
                        "2.5",
                        cell(percent, "statNeighbour"),
                        "61",
                        cell(number, "target"),
                        "1,204",
                        cell(range, "targetLow"),
                        "20",
                        cell(range, "targetHigh"),
                        "30",
                        cell(context, "national"),
                        "7",
                        "reason",
                        "Agreed by the board on 12 March"));
        assertThat(targets.target(strategyId, percent, YEAR).orElseThrow().fields())
                .satisfies(t -> assertThat(t.describe()).isEqualTo("92.5"))
                .satisfies(t -> assertThat(t.threshold()).isEqualTo("2.5"))
                .satisfies(t -> assertThat(t.reason()).isEqualTo("Agreed by the board on 12 March"));
        assertThat(targets.target(strategyId, number, YEAR)
                        .orElseThrow()
                        .fields()
                        .describe())
                .isEqualTo("1204");
        assertThat(targets.target(strategyId, range, YEAR)
                        .orElseThrow()
                        .fields()
                        .describe())
                .isEqualTo("20 to 30");
        assertThat(targets.target(strategyId, context, YEAR)).isEmpty();
        assertThat(targets.benchmark(strategyId, context, YEAR)
                        .orElseThrow()
                        .fields()
                        .nationalText())
                .isEqualTo("7");
        assertThat(targets.benchmark(strategyId, number, YEAR)).isEmpty();

        List<AuditEntry> set = targets.targetHistory(strategyId, percent);
        assertThat(set).hasSize(2);
        assertThat(set.getFirst().reason()).isEqualTo("Agreed by the board on 12 March");
        assertThat(set.getFirst().itemLabel()).isEqualTo("A1 target for 2025-26");
        assertThat(audit.historyOf(MeasureTargetAdminService.BENCHMARK, context))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Agreed by the board on 12 March"));
        assertThat(targets.targetHistory(strategyId, words)).isEmpty();

        // The page again, as saved, with only one figure changed: that change alone is audited.
        Document again = admin.page(page);
        assertThat(box(again, percent, "target").val()).isEqualTo("92.5");
        assertThat(box(again, number, "target").val()).isEqualTo("1204");
        admin.postAndFollow(
                page, with(fieldsOf(again, "main form"), cell(number, "target"), "1200", "reason", "Revised"));
        assertThat(targets.targetHistory(strategyId, percent)).hasSize(2);
        assertThat(targets.targetHistory(strategyId, range)).hasSize(1);
        assertThat(audit.historyOf(MeasureTargetAdminService.BENCHMARK, percent))
                .hasSize(2);
        assertThat(targets.targetHistory(strategyId, number))
                .hasSize(2)
                .first()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Revised"))
                .satisfies(e -> assertThat(e.changes().toString()).contains("1204", "1200"));

        // Benchmarks alone need no reason.
        admin.postAndFollow(page, with(fieldsOf(admin.page(page), "main form"), cell(context, "national"), "8"));
        assertThat(targets.benchmark(strategyId, context, YEAR)
                        .orElseThrow()
                        .fields()
                        .nationalText())
                .isEqualTo("8");
    }

    @Test
    void oneBadCellRefusesTheWholePageWithEveryProblemBesideItsCellAndWhatWasTypedKept() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String[] fields = fieldsOf(admin.page(page), "main form");
        Document refused = admin.postWithErrors(
                page,
                with(
                        fields,
                        cell(percent, "target"),
                        "92",
                        cell(number, "target"),
                        "ten",
                        cell(range, "targetLow"),
                        "30",
                        cell(range, "targetHigh"),
                        "20",
                        cell(context, "statNeighbour"),
                        "5%",
                        "reason",
                        "Agreed"));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "#" + cell(number, "target"),
                        "#" + cell(range, "targetLow"),
                        "#" + cell(context, "statNeighbour"));
        assertThat(refused.getElementById(cell(number, "target") + "-error").text())
                .contains("Enter the target for A2 as a number, like 95 or 2.5");
        assertThat(refused.getElementById(cell(range, "targetLow") + "-error").text())
                .contains("The low end for A3 must not be above the high end");
        assertThat(refused.getElementById(cell(context, "statNeighbour") + "-error")
                        .text())
                .contains("Enter the statistical neighbours' average for A4 without a % sign");
        assertThat(box(refused, percent, "target").val()).isEqualTo("92");
        assertThat(box(refused, number, "target").val()).isEqualTo("ten");
        assertThat(box(refused, range, "targetHigh").val()).isEqualTo("20");
        assertThat(refused.getElementById("reason").text()).isEqualTo("Agreed");
        assertThat(targets.target(strategyId, percent, YEAR)).isEmpty();
        assertThat(targets.targetHistory(strategyId, percent)).hasSize(1);
    }

    @Test
    void aTargetChangedWithoutAReasonIsRefusedBesideTheReason() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Document refused = admin.postWithErrors(
                page,
                with(
                        fieldsOf(admin.page(page), "main form"),
                        cell(percent, "target"),
                        "92",
                        cell(context, "national"),
                        "7"));
        assertThat(refused.getElementById("reason-error").text()).contains(MeasureTargetAdminService.REASON_NEEDED);
        assertThat(box(refused, percent, "target").val()).isEqualTo("92");
        assertThat(targets.target(strategyId, percent, YEAR)).isEmpty();
        assertThat(targets.benchmark(strategyId, context, YEAR)).isEmpty();
    }

    @Test
    void aPageOutOfDateIsRefusedAsAWholeWithNothingSavedAndNothingTypedLost() throws Exception {
        targets.setTarget(
                strategyId,
                percent,
                new TargetFields(YEAR, new BigDecimal("90"), null, null, BigDecimal.ZERO, "First"),
                null);
        AdminPages admin = AdminPages.as(mvc, "admin");
        String[] fields = fieldsOf(admin.page(page), "main form");
        // Someone else changes A1's target while the page is open.
        targets.setTarget(
                strategyId,
                percent,
                new TargetFields(YEAR, new BigDecimal("91"), null, null, BigDecimal.ZERO, "Theirs"),
                targets.target(strategyId, percent, YEAR).orElseThrow().version());
        Document stale = admin.postWithErrors(
                page, with(fields, cell(number, "target"), "12", cell(context, "national"), "7", "reason", "Mine"));
        assertThat(stale.select(".govuk-error-summary").text()).contains(ConcurrentChangeException.MESSAGE);
        assertThat(box(stale, number, "target").val()).isEqualTo("12");
        assertThat(box(stale, context, "national").val()).isEqualTo("7");
        assertThat(targets.target(strategyId, number, YEAR)).isEmpty();
        assertThat(targets.benchmark(strategyId, context, YEAR)).isEmpty();
        assertThat(targets.target(strategyId, percent, YEAR)
                        .orElseThrow()
                        .fields()
                        .describe())
                .isEqualTo("91");

        // A post without the page's versions cannot be trusted: refused, what it had typed kept.
        Document untrusted = admin.postWithErrors(
                page, cell(number, "target"), "12", cell(number, "amberThreshold"), "0", "reason", "Made up");
        assertThat(untrusted.select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(untrusted.getElementById("reason").text()).isEqualTo("Made up");
        assertThat(targets.target(strategyId, number, YEAR)).isEmpty();
    }

    @Test
    void aYearNotLikeAReportingYearIsNotFound() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String base = page.substring(0, page.lastIndexOf('/') + 1);
        for (String year : List.of("2025-27", "2025", "nonsense")) {
            assertThat(admin.post(base + year).getStatus()).as(year).isEqualTo(404);
        }
    }
}
