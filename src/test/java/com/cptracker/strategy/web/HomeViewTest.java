package com.cptracker.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.platform.SecurityConfiguration;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's real template, rendered and read back as a browser would see it. */
@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
@WithMockUser(username = "board", roles = "BOARD_MEMBER")
class HomeViewTest {

    static final StrategySummary CURRENT = new StrategySummary(
            2,
            "bury-2024-26",
            "Corporate Parenting Strategy <b>2024-2026</b>",
            null,
            "Bury Council",
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2026, 3, 31),
            StrategyStatus.CURRENT,
            true);
    static final StrategySummary OLD = new StrategySummary(
            1,
            "cheshire-east-2018-20",
            "Old strategy",
            null,
            "Cheshire East Council",
            LocalDate.of(2018, 4, 1),
            LocalDate.of(2020, 3, 31),
            StrategyStatus.ARCHIVED,
            true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StrategyService strategies;

    @Test
    void listsTheStrategiesAndLinksTheCurrentOnesPriorities() throws Exception {
        given(strategies.strategies()).willReturn(List.of(CURRENT, OLD));
        given(strategies.current()).willReturn(Optional.of(CURRENT));
        given(strategies.prioritiesOf(2))
                .willReturn(List.of(
                        new PriorityHeading(10, "Strategic Priority", 1, "Looking after learning"),
                        new PriorityHeading(11, "Strategic Priority", 2, "Stable homes")));

        Document doc = render();

        assertThat(doc.title()).isEqualTo("Strategies - Corporate Parenting Tracker");
        assertThat(doc.select("h1").text()).isEqualTo("Corporate parenting strategies");
        assertThat(doc.select("#current-strategy a").text())
                .as("text from the database is escaped, never markup")
                .isEqualTo("Corporate Parenting Strategy <b>2024-2026</b>");
        assertThat(doc.select("#current-strategy b")).isEmpty();
        assertThat(doc.select("ul[aria-labelledby=current-strategy] a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly(
                        "/strategies/bury-2024-26/priorities/1 Strategic Priority 1: Looking after learning",
                        "/strategies/bury-2024-26/priorities/2 Strategic Priority 2: Stable homes");
        assertThat(doc.select("table tbody tr")).hasSize(2);
        assertThat(doc.select("table tbody tr").get(1).text())
                .contains("Old strategy", "Cheshire East Council", "2018 to 2020", "Archived");
    }

    @Test
    void theLayoutIsAccessibleAndCarriesNoInlineCodeWithoutTheNonce() throws Exception {
        given(strategies.strategies()).willReturn(List.of());
        given(strategies.current()).willReturn(Optional.empty());

        Document doc = render();

        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(doc.select("main#main-content")).hasSize(1);
        assertThat(doc.select("form[action=/logout] input[name=_csrf]"))
                .as("sign-out is a POST with CSRF")
                .hasSize(1);
        assertThat(doc.select("[style]")).as("no inline styles").isEmpty();
        assertThat(doc.select("script:not([src])"))
                .allSatisfy(s -> assertThat(s.attr("nonce")).isNotBlank());
        assertThat(doc.select(".govuk-header__logotype, svg.govuk-header__logotype"))
                .as("no crown")
                .isEmpty();
        assertThat(doc.text()).contains("No strategy has been set up yet.");
    }

    private Document render() throws Exception {
        return Jsoup.parse(mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
