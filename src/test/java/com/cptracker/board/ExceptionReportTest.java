package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestStrategies;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exception report of a strategy made for the test: a due date moved, the quarter published, the date moved
 * again and the rules changed. The published quarter's report keeps what the board saw: the moves made by then, and
 * the rules it was published with; the quarter not yet published reads everything as it stands.
 */
@AdminApplicationTest
class ExceptionReportTest {

    static final String Q1 = "2024-25-Q1";
    static final String Q2 = "2024-25-Q2";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    QuarterService quarters;

    @Autowired
    UserDetailsService accounts;

    String slug;
    long strategyId;
    long priority;
    long action;

    @BeforeEach
    void aStrategyWithOneAction() {
        slug = "exceptions-" + System.nanoTime();
        as("admin", () -> {
            strategyAdmin.create(TestStrategies.testshire(slug, "Exceptions test", StrategyStatus.CURRENT));
            strategyId = strategies.bySlug(slug).id();
            priority = priorityAdmin.createPriority(
                    strategyId,
                    new PriorityFields("Pledge", 1, "A good home", null, null, null, null, null, List.of()));
            action = actionAdmin.create(strategyId, fields("September 2025"));
        });
    }

    @Test
    void aDueDateMovedMoreThanAllowedIsCaughtAndAPublishedQuarterKeepsItsCountAndItsRules() throws Exception {
        as("admin", () -> {
            due("December 2025");
            due("Dec 2025"); // the same month, written otherwise: not a move
            due("31 December 2025"); // the same last day: not a move either
            due("March 2026");
            publish(Q1);
            due("June 2026");
            quarters.open(strategyId, Q2, LocalDate.of(2024, 10, 31), version(Q2));
            strategies.changeExceptionRules(
                    strategyId,
                    new ExceptionRules(EnumSet.complementOf(EnumSet.of(ExceptionRule.DUE_DATE_MOVED)), 3, 1),
                    strategies.exceptionRules(strategyId).version());
        });

        SignedIn admin = SignedIn.as(mvc, "admin");
        Element published = card(admin.page("/strategies/" + slug + "/exceptions/" + Q1), "1a");
        assertThat(caughtBy(published))
                .containsExactly("No progress update this quarter", "Due date moved more than once");
        assertThat(published.text()).contains("March 2026; moved twice");

        Document open = admin.page("/strategies/" + slug + "/exceptions/" + Q2);
        Element now = card(open, "1a");
        assertThat(caughtBy(now))
                .as("the rule is off for quarters not yet published")
                .containsExactly("No progress update this quarter");
        assertThat(now.text()).contains("June 2026; moved 3 times");
        assertThat(open.select("#exception-rules + p + dl dt").eachText())
                .contains("Missed its target 3 quarters running")
                .doesNotContain("Due date moved more than once");
        assertThat(open.text()).contains("Not used for this strategy: Due date moved more than once.");

        SignedIn board = SignedIn.as(mvc, "board");
        assertThat(caughtBy(card(board.page("/strategies/" + slug + "/exceptions/" + Q1), "1a")))
                .containsExactly("No progress update this quarter", "Due date moved more than once");
        assertThat(mvc.perform(get("/strategies/" + slug + "/exceptions/" + Q2).session(board.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a quarter not published is not the board's to read")
                .isEqualTo(404);
        assertThat(mvc.perform(get("/strategies/" + slug + "/exceptions/2024-25-Q5")
                                .session(admin.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void withEveryRuleOffNothingIsListedAndThePageSaysWhy() throws Exception {
        as("admin", () -> {
            publish(Q1);
            strategies.changeExceptionRules(
                    strategyId,
                    new ExceptionRules(Set.of(), 2, 1),
                    strategies.exceptionRules(strategyId).version());
            quarters.open(strategyId, Q2, LocalDate.of(2024, 10, 31), version(Q2));
        });
        Document page = SignedIn.as(mvc, "admin").page("/strategies/" + slug + "/exceptions/" + Q2);
        assertThat(page.select(".app-exception")).isEmpty();
        assertThat(page.text()).contains("No rule is switched on, so nothing is listed.");
        assertThat(page.select(".app-subnav__item--current").text()).isEqualTo("Exceptions");
        assertThat(page.title()).startsWith("Exception report 2024-25 Q2 - Exceptions test");
    }

    private void due(String text) {
        actionAdmin.update(
                strategyId,
                action,
                fields(text),
                actionAdmin.action(strategyId, action).version());
    }

    private ActionFields fields(String due) {
        return new ActionFields(
                priority,
                null,
                "1a",
                "Find every care leaver a home",
                DueDate.parse(due),
                List.of(new Lead("Head of Service", null)),
                Set.of(),
                null,
                null);
    }

    private void publish(String code) {
        quarters.open(strategyId, code, LocalDate.of(2024, 7, 31), version(code));
        quarters.close(strategyId, code, version(code));
        quarters.publish(strategyId, code, version(code));
    }

    private long version(String code) {
        return quarters.statuses(strategyId, List.of(ReportingPeriod.parse(code)))
                .getFirst()
                .version();
    }

    static Element card(Document page, String ref) {
        return page.select(".app-exception").stream()
                .filter(c -> c.selectFirst(".govuk-summary-card__title").text().startsWith(ref + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        ref + " is not on the report: " + page.select("main").text()));
    }

    static List<String> caughtBy(Element card) {
        return card.select(".govuk-summary-list__row").first().select("li").eachText();
    }

    private void as(String username, Runnable work) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
