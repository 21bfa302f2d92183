package com.cptracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The quarters page: a small typed form per quarter (the step its button takes, the quarter's version, a GOV.UK date
 * to open it, a reason to correct it), each refusal shown in the one error summary linked to that quarter's field.
 */
@AdminApplicationTest
class QuartersPageTest {

    static final String Q1 = "2026-27-Q1";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    SignedIn admin;
    long strategyId;
    String page;

    @BeforeEach
    void aStrategyWhoseQuartersHaveNeverBeenOpened() throws Exception {
        String slug = "quarters-" + System.nanoTime();
        strategyId = strategies.createStrategy(new NewStrategy(
                slug,
                "Quarters test",
                null,
                "Testshire Council",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31),
                StrategyStatus.DRAFT,
                null,
                null,
                false,
                List.of()));
        page = "/strategies/" + slug + "/quarters";
        admin = SignedIn.as(mvc, "admin");
    }

    @Test
    void opensWithADeadlineTypedAsAGovUkDateIntoThatQuartersOwnBoxes() throws Exception {
        Document blank = admin.page(page);
        Set<String> ids = new HashSet<>();
        assertThat(blank.select("[id]"))
                .allSatisfy(e -> assertThat(ids.add(e.id())).as(e.id()).isTrue());
        assertThat(blank.getElementById("deadline-2026-27-Q2.day")).isNotNull();

        Document refused = refused(
                Q1,
                "step",
                "OPEN",
                "deadline.day",
                "31",
                "deadline.month",
                "2",
                "deadline.year",
                "2027",
                "version",
                version(Q1));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#deadline-" + Q1 + ".day");
        assertThat(refused.getElementById("deadline-" + Q1 + ".day-error").text())
                .contains("The deadline for updates must be a real date");
        assertThat(refused.getElementById("deadline-" + Q1 + ".day").val()).isEqualTo("31");
        assertThat(refused.getElementById("deadline-" + Q1 + ".month").val()).isEqualTo("2");
        assertThat(refused.getElementById("deadline-2026-27-Q2.day").val())
                .as("another quarter's boxes")
                .isEmpty();
        assertThat(refused.getElementById("deadline-2026-27-Q2.day-error")).isNull();

        Document both = refused(
                Q1, "step", "OPEN", "deadline.day", "", "deadline.month", "", "deadline.year", "", "version", "two");
        assertThat(both.select(".govuk-error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "The page was out of date. Reload it and try again", "Enter the deadline for updates");
        assertThat(status(Q1).state().name()).isEqualTo("NOT_OPENED");

        MockHttpServletResponse opened = send(
                Q1,
                "step",
                "OPEN",
                "deadline.day",
                "31",
                "deadline.month",
                "7",
                "deadline.year",
                "2026",
                "version",
                version(Q1));
        assertThat(opened.getRedirectedUrl()).isEqualTo(page);
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(status(Q1).state().name()).isEqualTo("OPEN");
        assertThat(status(Q1).deadline()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(admin.page(page).select(".govuk-notification-banner").text())
                .contains("2026-27 Q1: opened for updates");
    }

    @Test
    void aStaleOrTamperedStepOrOneTheQuarterIsNotReadyForChangesNothing() throws Exception {
        quarters.open(strategyId, Q1, LocalDate.of(2026, 7, 31), -1);
        String version = version(Q1);

        Document stale = refused(Q1, "step", "CLOSE", "version", String.valueOf(Long.parseLong(version) + 1));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select(".govuk-error-summary a").attr("href")).isEqualTo("#main-content");
        for (String step : new String[] {"sideways", "close", ""}) {
            Document tampered = refused(Q1, "step", step, "version", version);
            assertThat(tampered.select(".govuk-error-summary").text()).as(step).contains("The page was out of date");
        }
        assertThat(refused(Q1, "step", "CLOSE").select(".govuk-error-summary").text())
                .as("no version")
                .contains("The page was out of date");
        Document early = refused(Q1, "step", "PUBLISH", "version", version);
        assertThat(early.select(".govuk-error-summary").text()).contains("Close the quarter before publishing it");
        assertThat(status(Q1).state().name()).isEqualTo("OPEN");
        assertThat(status(Q1).version()).isEqualTo(Long.parseLong(version));

        assertThat(send("2019-20-Q4", "step", "CLOSE", "version", version).getStatus())
                .as("a quarter not of the strategy")
                .isEqualTo(404);
    }

    @Test
    void aCorrectionOfAPublishedQuarterNeedsAReasonShownBesideThatQuartersBox() throws Exception {
        quarters.open(strategyId, Q1, LocalDate.of(2026, 7, 31), -1);
        quarters.close(strategyId, Q1, status(Q1).version());
        quarters.publish(strategyId, Q1, status(Q1).version());
        assertThat(status(Q1).state().name()).isEqualTo("PUBLISHED");

        Document reopened = refused(
                Q1,
                "step",
                "OPEN",
                "deadline.day",
                "1",
                "deadline.month",
                "8",
                "deadline.year",
                "2026",
                "version",
                version(Q1));
        assertThat(reopened.select(".govuk-error-summary").text()).contains("cannot be opened again");

        Document noReason = refused(Q1, "step", "CORRECT", "reason", "  ", "version", version(Q1));
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason-" + Q1);
        assertThat(noReason.getElementById("reason-" + Q1 + "-error").text())
                .contains("Give the reason for correcting a quarter the board has seen");
        Element details = noReason.getElementById("reason-" + Q1).closest("details");
        assertThat(details.hasAttr("open")).isTrue();

        String long2001 = "x".repeat(2001);
        Document tooLong = refused(Q1, "step", "CORRECT", "reason", long2001, "version", version(Q1));
        assertThat(tooLong.getElementById("reason-" + Q1 + "-error").text()).contains("2,000 characters or fewer");
        assertThat(tooLong.getElementById("reason-" + Q1).text()).isEqualTo(long2001);

        Document stale = refused(Q1, "step", "CORRECT", "reason", "Kept as typed", "version", "0");
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.getElementById("reason-" + Q1).text()).isEqualTo("Kept as typed");

        assertThat(send(Q1, "step", "CORRECT", "reason", "A title was wrong", "version", version(Q1))
                        .getStatus())
                .isEqualTo(302);
        assertThat(admin.page(page).select(".govuk-notification-banner").text())
                .contains("2026-27 Q1: correction published to the board");
    }

    private Document refused(String code, String... params) throws Exception {
        MockHttpServletResponse response = send(code, params);
        assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse send(String code, String... params) throws Exception {
        var request = post(page + "/" + code).session(admin.session()).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private QuarterStatus status(String code) {
        return quarters.statuses(strategyId, List.of(ReportingPeriod.parse(code)))
                .getFirst();
    }

    private String version(String code) {
        return String.valueOf(status(code).version());
    }
}
