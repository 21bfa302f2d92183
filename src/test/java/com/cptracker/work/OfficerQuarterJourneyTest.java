package com.cptracker.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.PageForm;
import com.cptracker.support.SignedIn;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An officer's quarterly update, mistakes first, then an administrator's quarter from closing to publishing, and a
 * correction after publishing, read back as a board member.
 */
@DemoApplicationTest
// Publishes Cheshire East's open quarter (2019-20 Q4) and corrects Q3, after counting the officer's work in it
// exactly: it can share a database neither with the other tests of that quarter nor with PublishedQuarterTest, which
// publishes it too.
@OwnDatabase("officer-quarter")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerQuarterJourneyTest {

    static final String S = "/strategies/cheshire-east-2018-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void anOfficerSeesTheOpenQuarterAndWhatIsDue() throws Exception {
        Document my = SignedIn.as(mvc, "officer").page("/my");
        assertThat(my.select("h1").text()).isEqualTo("My work");
        Element cheshire = my.selectFirst("section[aria-labelledby=strategy-cheshire-east-2018-20]");
        assertThat(cheshire.text())
                .contains("2019-20 Q4 is open for updates.", "Due by 30 April 2020", "Deadline passed");
        assertThat(cheshire.select("table").first().select("tbody tr")).hasSize(18);
        assertThat(cheshire.select("table").get(1).select("tbody tr")).hasSize(12);
        assertThat(cheshire.select("tr.app-row--overdue")).isNotEmpty();
    }

    @Test
    @Order(2)
    void anOfficerUpdatesAnActionFirstWithMistakesThenCorrectly() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        String ref = openActionLedByOfficer();
        String url = S + "/actions/" + ref + "/update";
        Document form = officer.page(url);
        String version = form.select("input[name=version]").val();
        int before = count("progress_update");

        Document empty = submit(officer, url, "step", "submit", "progress", "  ", "assessment", "", "version", version);
        assertThat(empty.title()).startsWith("Error: ");
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).contains("#progress", "#assessment");
        assertThat(empty.select("#progress").attr("aria-describedby")).contains("progress-error");

        Document noComment = submit(
                officer,
                url,
                "step",
                "submit",
                "progress",
                "Housing panel <b>delayed</b>",
                "assessment",
                "OFF_TRACK",
                "version",
                version);
        assertThat(noComment.select(".govuk-error-summary a").attr("href")).isEqualTo("#riskComment");
        assertThat(noComment.select("#progress").text())
                .as("input kept, escaped")
                .isEqualTo("Housing panel <b>delayed</b>");
        assertThat(count("progress_update")).as("bad input changes nothing").isEqualTo(before);

        Document badDate = submit(
                officer,
                url,
                "step",
                "submit",
                "progress",
                "Done",
                "assessment",
                "COMPLETE",
                "completedOn.day",
                "30",
                "completedOn.month",
                "2",
                "completedOn.year",
                "2020",
                "version",
                version);
        assertThat(badDate.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#completedOn.day");
        assertThat(badDate.getElementById("completedOn.day-error").text())
                .isEqualTo("Error: The completion date must be a real date, like 27 3 2025");

        mvc.perform(post(url)
                        .session(officer.session())
                        .with(csrf())
                        .param("step", "draft")
                        .param("progress", "Housing panel delayed")
                        .param("assessment", "OFF_TRACK")
                        .param("riskComment", "Panel moved to May; escalated to Head of Service")
                        .param("version", version))
                .andExpect(redirectedUrl("/my"));
        String draftVersion = officer.page(url).select("input[name=version]").val();
        mvc.perform(post(url)
                        .session(officer.session())
                        .with(csrf())
                        .param("step", "submit")
                        .param("progress", "Housing panel delayed")
                        .param("assessment", "OFF_TRACK")
                        .param("riskComment", "Panel moved to May; escalated to Head of Service")
                        .param("version", draftVersion))
                .andExpect(redirectedUrl("/my"));
        Document stale = submit(
                officer,
                url,
                "step",
                "submit",
                "progress",
                "Second try",
                "assessment",
                "ON_TRACK",
                "riskComment",
                "Still late",
                "version",
                draftVersion);
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(stale.select("#progress").text()).isEqualTo("Second try");
        assertThat(SignedIn.as(mvc, "admin")
                        .page("/admin/audit", "item", "progress update")
                        .text())
                .contains("SUBMIT progress update", "SAVE DRAFT progress update", ref + " 2019-20 Q4");
    }

    @Test
    @Order(3)
    void anUpdateListsEveryProblemAtOnceAndShowsWhatWasTypedBack() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        String url = S + "/actions/" + openActionLedByOfficer() + "/update";
        String version = officer.page(url).select("input[name=version]").val();
        int before = count("progress_update");

        Document page = submit(
                officer,
                url,
                "step",
                "submit",
                "progress",
                "",
                "assessment",
                "COMPLETE",
                "completedOn.day",
                "31",
                "completedOn.month",
                "2",
                "completedOn.year",
                "2025",
                "proposedDueReason",
                "The panel moved",
                "version",
                version);
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#progress", "#completedOn.day", "#proposedDueDate.day");
        assertThat(page.select(".govuk-error-summary").text())
                .contains(
                        "Enter the progress made this quarter",
                        "The completion date must be a real date",
                        "Enter the new due date you are proposing");
        assertThat(page.getElementById("completedOn.day").val()).isEqualTo("31");
        assertThat(page.getElementById("completedOn.month").val()).isEqualTo("2");
        assertThat(page.getElementById("completedOn.year").val()).isEqualTo("2025");
        assertThat(page.select("details.govuk-details").hasAttr("open"))
                .as("the proposal shown open")
                .isTrue();

        Document wrongType =
                submit(officer, url, "step", "submit", "progress", " ", "assessment", "SIDEWAYS", "version", "two");
        assertThat(wrongType.select(".govuk-error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "Enter the progress made this quarter",
                        "Choose how the action is going",
                        "The page was out of date. Reload it and try again");
        assertThat(wrongType.getElementById("assessment-error").text()).contains("Choose how the action is going");
        assertThat(count("progress_update")).as("nothing saved").isEqualTo(before);
    }

    @Test
    @Order(4)
    void anOfficerEntersTheQuartersValuesOnOnePage() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        Document page = officer.page(S + "/values");
        List<Element> rows = page.select("tbody tr");
        assertThat(rows).hasSize(12);
        String[] form = PageForm.fieldsOf(page, "form[action$=/values]");
        String id = rowIds(page).getFirst();
        String value = "rows[" + id + "].value";
        int before = count("measure_value");

        Document bad = submit(officer, S + "/values", PageForm.with(form, "step", "save", value, "ninety"));
        assertThat(bad.title()).startsWith("Error: ");
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#" + value);
        assertThat(bad.getElementById(value).val()).isEqualTo("ninety");
        assertThat(bad.getElementById(value).attr("aria-describedby")).isEqualTo(value + "-hint " + value + "-error");
        assertThat(count("measure_value")).isEqualTo(before);

        Document check = submit(officer, S + "/values", PageForm.with(form, "step", "check", value, "1"));
        assertThat(check.select("tbody tr").first().text())
                .containsAnyOf("Off track", "At risk", "On track", "Not rated");

        mvc.perform(post(S + "/values")
                        .session(officer.session())
                        .with(csrf())
                        .params(params(PageForm.with(
                                form,
                                "step",
                                "save",
                                value,
                                "71",
                                "rows[" + id + "].note",
                                "Entered in the journey test"))))
                .andExpect(redirectedUrl("/my"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from measure_value where measure_id = ? and value = 71 "
                                + "and not superseded",
                        Integer.class,
                        Long.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void anOfficerTypesAMarkInPlaceOfAFigureAndAMarkOfAnotherStrategyIsRefused() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        Document page = officer.page(S + "/values");
        String[] form = PageForm.fieldsOf(page, "form[action$=/values]");
        String id = rowIds(page).stream()
                .filter(i -> page.getElementById("rows[" + i + "].value") != null)
                .reduce((first, last) -> last)
                .orElseThrow();
        String value = "rows[" + id + "].value";
        assertThat(page.getElementById(value + "-hint").text()).isEqualTo("A number, or a mark: c, x, z or *");
        assertThat(page.select("#" + value.replace("[", "\\[").replace("]", "\\]") + "[type=checkbox]"))
                .isEmpty();
        int before = count("measure_value");

        Document refused = submit(officer, S + "/values", PageForm.with(form, "step", "save", value, "low"));
        assertThat(refused.getElementById(value + "-error").text())
                .contains("as a number, like")
                .contains("or a mark: c, x, z or *");
        assertThat(refused.getElementById(value).val()).isEqualTo("low");
        assertThat(count("measure_value")).isEqualTo(before);

        Document check = submit(officer, S + "/values", PageForm.with(form, "step", "check", value, " X "));
        assertThat(check.select(".govuk-error-summary")).isEmpty();
        assertThat(check.getElementById(value).closest("tr").text())
                .as("a mark is never rated")
                .contains("Not rated");

        mvc.perform(post(S + "/values")
                        .session(officer.session())
                        .with(csrf())
                        .params(params(PageForm.with(form, "step", "save", value, " X "))))
                .andExpect(redirectedUrl("/my"));
        assertThat(jdbc.queryForObject(
                        "select mark from measure_value where measure_id = ? and not superseded "
                                + "and value is null order by period_start desc limit 1",
                        String.class,
                        Long.valueOf(id)))
                .isEqualTo("NOT_AVAILABLE");
        assertThat(officer.page(S + "/values").getElementById(value).val())
                .as("shown back as its mark")
                .isEqualTo("x");
    }

    @Test
    @Order(4)
    void aWrongFigureInOneRowAndAMissingCommentInAnotherAreListedAtOnce() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        Document page = officer.page(S + "/values");
        String[] form = PageForm.fieldsOf(page, "form[action$=/values]");
        List<Element> rows = page.select("tbody tr");
        List<String> ids = rowIds(page);
        int red = 1;
        while (rows.get(red).select("td").first().text().equals("None")
                || !rows.get(red).select("th .app-tags").text().contains("higher is better")) {
            red++;
        }
        String wrong = "rows[" + ids.getFirst() + "].";
        String uncommented = "rows[" + ids.get(red) + "].";
        int before = count("measure_value");

        Document both = submit(
                officer,
                S + "/values",
                PageForm.with(
                        form,
                        "step",
                        "save",
                        wrong + "value",
                        "12,34",
                        uncommented + "value",
                        "0",
                        uncommented + "note",
                        ""));
        assertThat(both.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#" + wrong + "value", "#" + uncommented + "note");
        assertThat(both.getElementById(wrong + "value").val()).isEqualTo("12,34");
        assertThat(both.getElementById(wrong + "value-error").text()).contains("as a number, like");
        assertThat(both.getElementById(uncommented + "value").val()).isEqualTo("0");
        assertThat(both.getElementById(uncommented + "note-error").text()).contains("Explain the figure for");
        assertThat(both.select("tbody tr").get(red).text())
                .as("its status shown")
                .contains("Off track");
        assertThat(count("measure_value")).as("all or none").isEqualTo(before);
    }

    @Test
    @Order(4)
    void aValuesPostForOtherMeasuresOrWithAMadeUpVersionIsRefusedAndSavesNothing() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        Document page = officer.page(S + "/values");
        List<String> ids = rowIds(page);
        String row = "rows[" + ids.getFirst() + "].";
        String[] form = PageForm.with(
                PageForm.fieldsOf(page, "form[action$=/values]"),
                "step",
                "save",
                row + "value",
                "49.75",
                row + "note",
                "Tampered");
        String notTheirs = jdbc.queryForObject("""
                select m.id::text from measure m join strategy s on s.id = m.strategy_id
                left join user_account u on u.id = m.owner_user_id
                where s.slug = 'cheshire-east-2018-20' and coalesce(u.username, '') <> 'officer' limit 1""", String.class);
        String[] withoutTheFirst = form.clone(); // the first row posted as another measure's
        for (int i = 0; i < withoutTheFirst.length; i += 2) {
            if (withoutTheFirst[i].startsWith(row)) {
                withoutTheFirst[i] = withoutTheFirst[i].replace(row, "rows[" + notTheirs + "].");
            }
        }
        int before = count("measure_value");

        for (String[] tampered : List.of(
                withoutTheFirst,
                PageForm.with(form, "rows[" + notTheirs + "].value", "1", "rows[" + notTheirs + "].version", "-1"),
                PageForm.with(form, "rows[abc].value", "1"),
                PageForm.with(form, "rows[].value", "1"),
                PageForm.with(form, "rows[99999999999999999999].value", "1"))) {
            Document refused = submit(officer, S + "/values", tampered);
            assertThat(refused.select(".govuk-error-summary li").eachText())
                    .containsExactly("The page was out of date. Reload it and try again");
            assertThat(refused.select("tbody tr"))
                    .as("the officer's own measures, afresh")
                    .hasSize(12);
            assertThat(refused.getElementById(row + "value").val()).isNotEqualTo("49.75");
        }
        String[] unsaveable = PageForm.with(form, row + "value", "ninety");
        for (String name : List.of(
                row + "value]x",
                "rows[" + ids.getLast() + "]x].value",
                "rows[[1]].value",
                "rows",
                "rows[" + ids.getLast() + "]",
                row + "nothing",
                "rows[" + ids.getLast() + "].version.x")) {
            Document refused = submit(officer, S + "/values", PageForm.with(unsaveable, name, "1"));
            assertThat(refused.select(".govuk-error-summary li")).as(name).isNotEmpty();
        }
        for (String version : List.of("abc", "", "99999999999999999999999")) {
            Document refused = submit(officer, S + "/values", PageForm.with(form, row + "version", version));
            assertThat(refused.select(".govuk-error-summary li").eachText())
                    .as(version)
                    .containsExactly("The page was out of date. Reload it and try again");
            assertThat(refused.getElementById(row + "value").val())
                    .as("typed value kept")
                    .isEqualTo("49.75");
        }
        assertThat(count("measure_value")).isEqualTo(before);
    }

    @Test
    @Order(5)
    void anAdministratorClosesAndPublishesTheQuarterAndTheBoardThenSeesIt() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        Document quarters = admin.page(S + "/quarters");
        Element q4 = quarters.select("tbody tr").last();
        assertThat(q4.text()).contains("2019-20 Q4", "Open for updates");
        String version = q4.select("input[name=version]").val();

        Document early = submit(admin, S + "/quarters/2019-20-Q4", "step", "PUBLISH", "version", version);
        assertThat(early.select(".govuk-error-summary").text()).contains("Close the quarter before publishing it");

        mvc.perform(post(S + "/quarters/2019-20-Q4")
                        .session(admin.session())
                        .with(csrf())
                        .param("step", "CLOSE")
                        .param("version", version))
                .andExpect(redirectedUrl(S + "/quarters"));
        String closed = admin.page(S + "/quarters")
                .select("tbody tr")
                .last()
                .select("input[name=version]")
                .val();
        mvc.perform(post(S + "/quarters/2019-20-Q4")
                        .session(admin.session())
                        .with(csrf())
                        .param("step", "PUBLISH")
                        .param("version", closed))
                .andExpect(redirectedUrl(S + "/quarters"));

        SignedIn board = SignedIn.as(mvc, "board");
        assertThat(board.page(S).select("h2#priorities").text()).isEqualTo("Priorities in 2019-20 Q4");
        assertThat(admin.page("/admin/audit", "item", "quarter").text()).contains("PUBLISH quarter", "CLOSE quarter");
        mvc.perform(get(S + "/quarters").session(board.session())).andExpect(status().isForbidden());
    }

    @Test
    @Order(6)
    void aCorrectionAfterPublishingIsARevisionKeptBesideTheOriginal() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String url = S + "/measures/P1.2/corrections/2019-20-Q3";
        Document form = admin.page(url);
        String version = form.select("input[name=version]").val();
        assertThat(form.select(".govuk-warning-text").text()).contains("The board has seen this figure");

        Document noReason = submit(admin, url, "value", "88", "version", version);
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        Document tooBig = submit(admin, url, "value", "120", "reason", "Typo", "version", version);
        assertThat(tooBig.select(".govuk-error-summary").text()).contains("A percentage must be between 0 and 100");

        mvc.perform(post(url)
                        .session(admin.session())
                        .with(csrf())
                        .param("value", "88")
                        .param("reason", "Two reviews were counted twice")
                        .param("version", version))
                .andExpect(redirectedUrl(S + "/measures/P1.2"));

        Document measure = SignedIn.as(mvc, "board").page(S + "/measures/P1.2", "period", "2019-20-Q3");
        List<String> q3 = measure.select("#values ~ div tbody tr").eachText().stream()
                .filter(t -> t.startsWith("2019-20 Q3"))
                .toList();
        assertThat(q3).hasSize(2);
        assertThat(q3.get(0)).contains("88%", "Revised", "Correction: Two reviews were counted twice");
        assertThat(q3.get(1)).contains("Original, since corrected").doesNotContain("88%");
        Document scorecard = SignedIn.as(mvc, "board").page(S + "/scorecard/2019-20-Q3");
        assertThat(scorecard.select("td.app-current-quarter .govuk-tag--purple"))
                .isNotEmpty();
    }

    private String openActionLedByOfficer() throws Exception {
        Document my = SignedIn.as(mvc, "officer").page("/my");
        return my
                .select("section[aria-labelledby=strategy-cheshire-east-2018-20] table")
                .first()
                .select("tbody tr")
                .stream()
                .filter(r ->
                        !r.select("a[href$=/update]").isEmpty() && !r.text().contains("Complete"))
                .map(r -> r.selectFirst("td.app-ref").text())
                .findFirst()
                .orElseThrow();
    }

    private Document submit(SignedIn who, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).session(who.session()).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The measure of each row of the values page, in order: the key of its fields, as in rows[1234].value. */
    private static List<String> rowIds(Document values) {
        return values.select("tbody input[name$=.version]").eachAttr("name").stream()
                .map(n -> n.substring("rows[".length(), n.indexOf(']')))
                .toList();
    }

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
