package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.board.BoardPages.ScorecardFilter;
import com.cptracker.board.BoardPages.ScorecardSection;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.Tally;
import com.cptracker.board.ExceptionReportService;
import com.cptracker.board.ItemPagesService;
import com.cptracker.board.ScorecardService;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.measures.MeasureStatusView.Benchmarks;
import com.cptracker.measures.MeasureStatusView.QuarterCell;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.platform.SecurityConfiguration;
import com.cptracker.status.Comparison;
import com.cptracker.status.Direction;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.status.RollUp;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import com.cptracker.status.Verdict;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard's real template: every column, status in words and symbols, and text from users escaped. */
@WebMvcTest(BoardPagesController.class)
@Import({SecurityConfiguration.class, Charts.class})
@WithMockUser(roles = "BOARD_MEMBER")
class ScorecardViewTest {

    static final ReportingPeriod Q2 = ReportingPeriod.parse("2019-20-Q2");
    static final StrategySummary STRATEGY = new StrategySummary(
            1,
            "test-2019-21",
            "Test strategy",
            null,
            "Test Council",
            LocalDate.of(2019, 4, 1),
            LocalDate.of(2021, 3, 31),
            StrategyStatus.CURRENT,
            false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScorecardService scorecards;

    @MockitoBean
    ItemPagesService items;

    @MockitoBean
    ExceptionReportService exceptions;

    @MockitoBean
    ChallengeService challenges;

    @Test
    void showsEveryColumnWithStatusInWordsAndSymbolsAndEscapesWhatUsersTyped() throws Exception {
        MeasureSummary m = new MeasureSummary(
                7,
                3L,
                null,
                "P1.1",
                "<script>alert('x')</script> in care",
                null,
                MeasureUnit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY,
                "Owner",
                "Healthy lives",
                "Outcome 1",
                false,
                1,
                null,
                new BigDecimal("12"),
                "2023-24 (as at 31 March)",
                SimilarMargin.points("2"));
        ValueView q1 = value("2019-20-Q1", "96", null);
        ValueView q2 = value("2019-20-Q2", "92.4", "<b>Staff sickness</b>");
        MeasureStatusView row = new MeasureStatusView(
                m,
                Q2,
                Q2,
                q2,
                "2019-20",
                Target.of("95", "5"),
                Verdict.of(Status.AMBER, "92.4 is below the target of 95 by 2.6, within the amber threshold of 5."),
                q1,
                Direction.WORSENING,
                value("2018-19-Q2", "91", null),
                Direction.IMPROVING,
                new Benchmarks(
                        "2018-19",
                        new BigDecimal("90"),
                        Comparison.BETTER,
                        new BigDecimal("93"),
                        Comparison.SIMILAR,
                        "90%",
                        "93%"),
                value("2018-19-Q4", "93", null),
                List.of(
                        new QuarterCell(ReportingPeriod.parse("2019-20-Q1"), q1, Status.GREEN),
                        new QuarterCell(Q2, q2, Status.AMBER)),
                List.of(q1, q2),
                1);
        PriorityHeading p = new PriorityHeading(3, "Outcome", 1, "Healthy");
        var counts = RollUp.count(List.of(Status.AMBER));
        Tally tally = new Tally(counts, RollUp.overall(RollUpRule.WORST_OF, counts), 1);
        Scorecard page = new Scorecard(
                new QuarterContext(STRATEGY, Q2, STRATEGY.quarters()),
                new ScorecardFilter(null, null, false),
                List.of(p),
                List.of(new ScorecardSection("Outcome 1: Healthy", p, tally, List.of(row))),
                tally,
                List.of(ReportingPeriod.parse("2019-20-Q1"), Q2),
                "Year end 2018-19",
                1,
                false);
        given(scorecards.scorecard(eq("test-2019-21"), eq("2019-20-Q2"), any())).willReturn(page);

        Document doc = Jsoup.parse(mvc.perform(get("/strategies/test-2019-21/scorecard/2019-20-Q2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(doc.title()).isEqualTo("Scorecard 2019-20 Q2 - Test strategy - Corporate Parenting Tracker");
        Element tr = doc.selectFirst("table.app-table--scorecard tbody tr:has(td)");
        assertThat(tr.select("td").eachText())
                .containsExactly(
                        "P1.1",
                        "<script>alert('x')</script> in care Higher is better · Quarterly Comment: <b>Staff sickness</b>",
                        "93%",
                        "96%",
                        "92.4%",
                        "95 amber within 5 Baseline 12%, 2023-24 (as at 31 March)",
                        "! At risk 92.4 is below the target of 95 by 2.6, within the amber threshold of 5.",
                        "▼ Worsening On last year: improving",
                        "90% ▲ Better",
                        "93% ≈ Similar",
                        "Trend: 2019-20 Q1 96%, 2019-20 Q2 92.4%");
        assertThat(doc.select("table.app-table--scorecard tbody th[scope=rowgroup]")
                        .text())
                .isEqualTo("C&YP Plan: Healthy lives · Corporate: Outcome 1");
        assertThat(doc.select("script:containsData(alert)"))
                .as("user text is never markup")
                .isEmpty();
        assertThat(tr.select("b")).isEmpty();
        assertThat(tr.select(".app-tags:containsOwn(Baseline)").text())
                .as("the baseline beside the target, its figure in the measure's unit and its when as written")
                .isEqualTo("Baseline 12%, 2023-24 (as at 31 March)");
        assertThat(tr.hasClass("app-row--worsening")).isTrue();
        assertThat(tr.select(".app-status [aria-hidden=true]").text()).isEqualTo("!");
        assertThat(tr.select("a.app-status-link").attr("href")).isEqualTo("/help/status#status-amber");
        assertThat(tr.select("svg.app-sparkline title").text()).contains("2019-20 Q1 96%", "2019-20 Q2 92.4%");
        assertThat(doc.select("form.app-filters").attr("method")).isEqualTo("get");
        assertThat(doc.select("form.app-filters select#status option"))
                .extracting(Element::val)
                .contains("", "RED", "AMBER", "GREEN", "NO_DATA", "NOT_RATED");
        assertThat(doc.select("thead th.app-current-quarter").text()).isEqualTo("2019-20 Q2");
    }

    private static ValueView value(String period, String v, String note) {
        return new ValueView(
                ReportingPeriod.parse(period),
                new BigDecimal(v),
                null,
                null,
                note,
                null,
                false,
                "Officer",
                Instant.EPOCH,
                MeasureUnit.PERCENTAGE.format(new BigDecimal(v)),
                null,
                false);
    }
}
