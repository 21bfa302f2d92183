package com.cptracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A challenge through the screens, as the real roles: a board member raises one on a measure the demo officer owns;
 * the officer finds it on My work and answers; the member follows up with a new date; the officer answers again and
 * the member marks it answered. On the way: the measure's page lists it while it is open, the log's filters find it,
 * nobody else may take a step, a stale page is refused, each step publishes its event, and the pack of the quarter
 * published between the steps shows the challenge as it stood then, unchanged by the steps taken after.
 */
@DemoApplicationTest
@RecordApplicationEvents
// Publishes Cheshire East's open quarter, which the demo context's other tests expect open.
@OwnDatabase("challenges")
class ChallengeJourneyTest {

    static final String SLUG = "cheshire-east-2018-20";
    static final String BASE = "/strategies/" + SLUG;
    static final String Q3 = "2019-20-Q3";
    static final String Q4 = "2019-20-Q4";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    @Autowired
    ApplicationEvents events;

    @Test
    void aChallengeIsRaisedAnsweredFollowedUpAndMarkedAnsweredAndThePackKeepsItAsItStood() throws Exception {
        long strategyId = strategies.bySlug(SLUG).id();
        String ref = jdbc.queryForObject("""
                select m.ref from measure m join user_account u on u.id = m.owner_user_id
                where u.username = 'officer' and m.strategy_id = ? order by m.id limit 1""", String.class, strategyId);
        long officerId = userId("officer");
        long boardId = userId("board");
        SignedIn board = SignedIn.as(mvc, "board");
        SignedIn officer = SignedIn.as(mvc, "officer");
        SignedIn admin = SignedIn.as(mvc, "admin");

        // The raise form, from the measure's page of a published quarter.
        Document measure = board.page(BASE + "/measures/" + ref, "period", Q3);
        assertThat(measure.select("#challenges-title + p").text()).isEqualTo("No open challenge.");
        String raiseHref = measure.select("a:containsOwn(Raise a challenge)").attr("href");
        assertThat(raiseHref).contains("on=measure:" + ref).contains("period=" + Q3);
        Document form = board.page(BASE + "/challenges/new", "on", "measure:" + ref, "period", Q3);
        assertThat(form.select("h1").text()).startsWith("Measure " + ref);
        assertThat(form.text()).contains("It goes to the item's owner");
        // Officers do not raise challenges; an unknown item is not found.
        assertThat(get(officer, BASE + "/challenges/new?on=measure:" + ref).getStatus())
                .isEqualTo(403);
        assertThat(get(board, BASE + "/challenges/new?on=measure:NOPE").getStatus())
                .isEqualTo(404);

        // Every problem at once, what was typed kept.
        String raiseAt = BASE + "/challenges/new?on=measure:" + ref + "&period=" + Q3;
        MockHttpServletResponse wrong = send(
                board, raiseAt, "question", "  ", "answerBy.day", "31", "answerBy.month", "2", "answerBy.year", "2026");
        Document wrongPage = Jsoup.parse(wrong.getContentAsString());
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrongPage.title()).startsWith("Error: ");
        assertThat(wrongPage.select(".govuk-error-summary li")).hasSize(2);
        assertThat(wrongPage.select("#answerBy\\.day").val()).isEqualTo("31");
        assertThat(count()).isZero();

        // Raised, with a date already past: overdue.
        String question = "Why has this measure been red for three quarters?";
        MockHttpServletResponse raised = send(
                board,
                raiseAt,
                "question",
                question,
                "answerBy.day",
                "1",
                "answerBy.month",
                "6",
                "answerBy.year",
                "2019");
        String page = raised.getRedirectedUrl();
        assertThat(page).matches(BASE + "/challenges/\\d+");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(events.stream(ChallengeRaised.class)).singleElement().satisfies(e -> {
            assertThat(e.challengeId()).isEqualTo(id);
            assertThat(e.owners()).containsExactly(officerId);
            assertThat(e.raisedBy()).isEqualTo(boardId);
            assertThat(e.subject()).startsWith("Measure " + ref);
        });
        assertThat(board.page(BASE + "/measures/" + ref, "period", Q3)
                        .select("#challenges-title ~ div td")
                        .text())
                .contains(question)
                .contains("Overdue");

        // The officer finds it on My work and answers; nobody else may.
        Document my = officer.page("/my");
        assertThat(my.select("#challenges-to-answer ~ div").text())
                .contains(question)
                .contains("Overdue");
        assertThat(my.select("#challenges-to-answer ~ div a").attr("href")).isEqualTo(page);
        Document toAnswer = officer.page(page);
        assertThat(toAnswer.select("form[action$=/answer]")).hasSize(1);
        assertThat(toAnswer.select("form[action$=/mark-answered]")).isEmpty();
        assertThat(board.page(page).select("form[action$=/answer]")).isEmpty();
        assertThat(send(board, page + "/answer", "words", "I answer", "version", version(id))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(officer, page + "/mark-answered", "version", version(id))
                        .getStatus())
                .isEqualTo(403);
        String stale = version(id);
        assertThat(send(officer, page + "/answer", "words", "The placements team changed in March.", "version", stale)
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(events.stream(ChallengeAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.raisedBy()).isEqualTo(boardId);
            assertThat(e.answer()).isEqualTo("The placements team changed in March.");
        });
        // Sent twice from the same page: refused as out of date, nothing recorded twice.
        Document again = Jsoup.parse(send(officer, page + "/answer", "words", "Again", "version", stale)
                .getContentAsString());
        assertThat(again.select(".govuk-error-summary").text()).contains(ConcurrentChangeException.MESSAGE);
        assertThat(again.select("#words").val()).isEqualTo("Again");
        assertThat(steps(id)).isEqualTo(2);

        // The quarter is published with the challenge answered once, not yet accepted.
        MockHttpSession adminSession = admin.session();
        quarterStep(adminSession, strategyId, "CLOSE");
        quarterStep(adminSession, strategyId, "PUBLISH");
        Document pack = board.page(BASE + "/pack/" + Q4);
        String packSection = pack.select("#challenges").outerHtml();
        assertThat(pack.select("#challenges-raised ~ div").first().text()).contains(question);
        assertThat(pack.select("#challenges-outstanding ~ div").first().text())
                .contains(question)
                .contains(ChallengeState.ANSWERED.label())
                .contains("The placements team changed in March.");
        assertThat(pack.select("#contents a[href=#challenges]")).hasSize(1);

        // The member follows up with a new date; the officer answers again; the member marks it answered.
        assertThat(send(
                                board,
                                page + "/follow-up",
                                "words",
                                "What will the new team do differently?",
                                "answerBy.day",
                                "1",
                                "answerBy.month",
                                "9",
                                "answerBy.year",
                                "2030",
                                "version",
                                version(id))
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(events.stream(ChallengeFollowedUp.class))
                .singleElement()
                .satisfies(e -> assertThat(e.owners()).containsExactly(officerId));
        assertThat(officer.page("/my").select("#challenges-to-answer")).hasSize(1);
        send(officer, page + "/answer", "words", "Weekly reviews of every placement.", "version", version(id));
        assertThat(board.page(page).select("form[action$=/mark-answered]")).hasSize(1);
        assertThat(send(board, page + "/mark-answered", "version", version(id)).getRedirectedUrl())
                .isEqualTo(page);
        Document closed = board.page(page);
        assertThat(closed.select(".govuk-summary-list").text()).contains(ChallengeState.CLOSED.label());
        assertThat(closed.select("#history ~ ol h3").eachText())
                .containsExactly(
                        "Raised by Councillor Demo (board member), " + day(id, 0),
                        "Answered by Demo officer, " + day(id, 1),
                        "Followed up by Councillor Demo (board member), " + day(id, 2),
                        "Answered by Demo officer, " + day(id, 3),
                        "Marked answered by Councillor Demo (board member), " + day(id, 4));
        assertThat(closed.select("#history ~ ol").text()).contains("To be answered by 1 September 2030");
        assertThat(officer.page("/my").select("#challenges-to-answer")).isEmpty();
        assertThat(board.page(BASE + "/measures/" + ref, "period", Q3)
                        .select("#challenges-title + p")
                        .text())
                .isEqualTo("No open challenge.");

        // The log, with each filter.
        assertThat(logRows(board)).hasSize(1);
        assertThat(logRows(board, "state", "open")).isEmpty();
        assertThat(logRows(board, "state", "answered")).hasSize(1);
        assertThat(logRows(board, "state", "overdue")).isEmpty();
        Long priorityId = jdbc.queryForObject(
                "select priority_id from measure where strategy_id = ? and ref = ?", Long.class, strategyId, ref);
        assertThat(logRows(board, "priority", String.valueOf(priorityId))).hasSize(1);
        assertThat(logRows(board, "priority", "0")).isEmpty();
        assertThat(logRows(board, "member", String.valueOf(boardId))).hasSize(1);
        assertThat(logRows(board, "member", String.valueOf(officerId))).isEmpty();
        assertThat(logRows(officer, "state", "nonsense")).hasSize(1);

        // The published quarter's pack is as it was, whatever was done since.
        assertThat(board.page(BASE + "/pack/" + Q4).select("#challenges").outerHtml())
                .isEqualTo(packSection);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_type = 'challenge' and item_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(5);
    }

    private List<String> logRows(SignedIn who, String... filter) throws Exception {
        return who.page(BASE + "/challenges", filter).select("tbody tr").eachText();
    }

    private void quarterStep(MockHttpSession admin, long strategyId, String step) throws Exception {
        long version = quarters.statuses(strategyId, List.of(ReportingPeriod.parse(Q4)))
                .getFirst()
                .version();
        mvc.perform(post("/strategies/" + SLUG + "/quarters/" + Q4)
                .session(admin)
                .with(csrf())
                .param("step", step)
                .param("version", String.valueOf(version)));
    }

    private MockHttpServletResponse get(SignedIn who, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).session(who.session()))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(SignedIn who, String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path).session(who.session()).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from challenge where id = ?", Long.class, id));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from challenge", Integer.class);
    }

    private int steps(long id) {
        return jdbc.queryForObject("select count(*) from challenge_step where challenge_id = ?", Integer.class, id);
    }

    private String day(long id, int step) {
        return jdbc.queryForObject(
                "select to_char(taken_at at time zone 'Europe/London', 'FMDD FMMonth YYYY') from challenge_step "
                        + "where challenge_id = ? order by taken_at, id offset ? limit 1",
                String.class,
                id,
                step);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
