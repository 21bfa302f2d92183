package com.cptracker.board;

import static com.cptracker.board.ExceptionReportTest.card;
import static com.cptracker.board.ExceptionReportTest.caughtBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Cheshire East's exception report for 2019-20 Q3, as a board member reads it, worked out by hand from the demo. */
@DemoApplicationTest
class ExceptionReportDemoTest {

    static final String PAGE = "/strategies/cheshire-east-2018-20/exceptions/2019-20-Q3";

    @Autowired
    MockMvc mvc;

    @Test
    void eachItemIsListedWithEveryRuleThatCaughtItAndNoOther() throws Exception {
        Document page = SignedIn.as(mvc, "board").page(PAGE);

        // P4.4, care leavers with a health passport, higher is better: 160 (Q1, red), 171 (Q2) and 178 (Q3) all miss
        // 2019-20's 190 (amber within 25); 152 in 2018-19 Q4 met that year's 150. Three quarters running, improving.
        Element passports = card(page, "P4.4");
        assertThat(caughtBy(passports)).containsExactly("Missed its target 2 quarters running");
        assertThat(passports.text()).contains("178 (2019-20 Q3); target 190").contains("Improving");

        // 4j, health passports, was due by March 2019 and is not complete: overdue; its lead gave a Q3 update.
        Element healthPassportAction = card(page, "4j");
        assertThat(caughtBy(healthPassportAction)).containsExactly("Overdue");
        assertThat(healthPassportAction.text()).contains("Catch-up progressing").contains("Designated Nurse");

        // 4h is at risk but updated for Q3, due December 2019 (not past by the quarter's end): not an exception.
        assertThat(page.select(".govuk-summary-card__title").eachText()).noneMatch(t -> t.startsWith("4h "));
        // Complete actions never are.
        assertThat(page.select(".govuk-summary-card__title").eachText()).noneMatch(t -> t.startsWith("4a "));

        assertThat(page.select("#exception-rules + p + dl dt").eachText())
                .containsExactly(
                        "Red or amber and worsening",
                        "Missed its target 2 quarters running",
                        "Worse than statistical neighbours",
                        "No value when due",
                        "Overdue",
                        "No progress update this quarter",
                        "Due date moved more than once");
        int cards = page.select(".app-exception").size();
        assertThat(page.selectFirst(".govuk-body-l").text()).endsWith("caught by the rules below.");
        assertThat(cards).isGreaterThan(2);
    }
}
