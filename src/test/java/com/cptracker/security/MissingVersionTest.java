package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A number the browser sends rather than a person types (a form's version, an id in the address) that is missing or
 * not a number is refused as a page out of date or a bad request, never a 500.
 */
@AdminApplicationTest
class MissingVersionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anActionUpdateWithoutItsVersionIsAPageOutOfDate() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        String ref = jdbc.queryForObject("""
                select a.ref from action a join action_lead l on l.action_id = a.id
                join user_account u on u.id = l.user_id join strategy s on s.id = a.strategy_id
                where u.username = 'officer' and a.status = 'ACTIVE' and s.slug = 'cheshire-east-2018-20'
                order by a.ref limit 1""", String.class);
        int before = jdbc.queryForObject("select count(*) from progress_update", Integer.class);
        for (String version : new String[] {null, "", " "}) {
            var request = post("/strategies/cheshire-east-2018-20/actions/" + ref + "/update")
                    .session(officer.session())
                    .with(csrf())
                    .param("step", "draft")
                    .param("progress", "Progress")
                    .param("assessment", "ON_TRACK")
                    .param("riskComment", "What is being done");
            if (version != null) {
                request.param("version", version);
            }
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as("version " + version).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString())
                            .select(".govuk-error-summary li")
                            .eachText())
                    .containsExactly("The page was out of date. Reload it and try again");
        }
        assertThat(jdbc.queryForObject("select count(*) from progress_update", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aCorrectionWithoutItsVersionIsAPageOutOfDate() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String page = "/strategies/cheshire-east-2018-20/measures/P1.2/corrections/2019-20-Q3";
        int before = jdbc.queryForObject("select count(*) from measure_value", Integer.class);
        for (String version : new String[] {null, "", " ", "two"}) {
            var request = post(page)
                    .session(admin.session())
                    .with(csrf())
                    .param("value", "88")
                    .param("reason", "A typing slip");
            if (version != null) {
                request.param("version", version);
            }
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as("version " + version).isEqualTo(200);
            var doc = Jsoup.parse(response.getContentAsString());
            assertThat(doc.select(".govuk-error-summary li").eachText())
                    .containsExactly("The page was out of date. Reload it and try again");
            assertThat(doc.select("#value").val()).isEqualTo("88");
        }
        assertThat(jdbc.queryForObject("select count(*) from measure_value", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anIdInTheAddressThatIsNotANumberIsABadRequest() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        for (String id : new String[] {"abc", "99999999999999999999999", "1.5", "-"}) {
            assertThat(mvc.perform(get("/admin/strategies/cheshire-east-2018-20/measures/" + id)
                                    .session(admin.session()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(id)
                    .isEqualTo(400);
        }
    }

    /**
     * A version that is not a number leaves Spring without a form record to read fields from; a form's own checks
     * (a proposed date without its reason, a correction with no figure) must still be listed with it, never a 500.
     */
    @Test
    void aVersionOfTheWrongTypeIsListedWithTheFormsOwnChecks() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        String ref = jdbc.queryForObject("""
                select a.ref from action a join action_lead l on l.action_id = a.id
                join user_account u on u.id = l.user_id join strategy s on s.id = a.strategy_id
                where u.username = 'officer' and a.status = 'ACTIVE' and s.slug = 'cheshire-east-2018-20'
                order by a.ref limit 1""", String.class);
        var update = mvc.perform(post("/strategies/cheshire-east-2018-20/actions/" + ref + "/update")
                        .session(officer.session())
                        .with(csrf())
                        .param("step", "draft")
                        .param("progress", "Progress")
                        .param("assessment", "ON_TRACK")
                        .param("proposedDueReason", "The panel moved")
                        .param("version", "two"))
                .andReturn()
                .getResponse();
        assertThat(update.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(update.getContentAsString())
                        .select(".govuk-error-summary li")
                        .eachText())
                .contains(
                        "The page was out of date. Reload it and try again",
                        "Enter the new due date you are proposing");

        SignedIn admin = SignedIn.as(mvc, "admin");
        var correction = mvc.perform(post("/strategies/cheshire-east-2018-20/measures/P1.2/corrections/2019-20-Q3")
                        .session(admin.session())
                        .with(csrf())
                        .param("value", "")
                        .param("reason", "")
                        .param("version", "two"))
                .andReturn()
                .getResponse();
        assertThat(correction.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(correction.getContentAsString())
                        .select(".govuk-error-summary li")
                        .eachText())
                .contains(
                        "The page was out of date. Reload it and try again",
                        "Enter a figure for P1.2, or a mark: c, x, z or *");
    }
}
