package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.AdminApplicationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A council whose leads report each quarter on a whole priority ("delivery will be supported through a series of live
 * action plans that are driven within specific priority theme groups led by partners/officers"), entered through the
 * screens alone: an administrator sets a priority to report as a work area with its lead's account; the lead drafts,
 * submits, has the update returned with a comment and submits again; the quarter is published and a board member reads
 * the update, word for word, on the priority's page, in the action plan and in the pack; an administrator corrects it
 * with a reason. Board members never see a draft or an open quarter's update, and a published quarter reads as the
 * board saw it when the lead reports on the next one. The strategy is a realistic excerpt of the shape, not a shipped
 * one.
 */
@AdminApplicationTest
class WorkAreaJourneyTest {

    static final String SLUG = "kelderby-2025-28";
    static final String S = "/strategies/" + SLUG;
    static final String QUARTERS = S + "/quarters";

    static final String Q3_DRAFT = "The Health & Wellbeing theme group met in October and December.\n\n"
            + "Initial health assessments completed within 20 working days rose to 74% (from 61% in Q2); the group’s"
            + " action plan now tracks every late referral.";
    static final String Q3 = Q3_DRAFT + "\n\nCAMHS waiting times for children in care remain above 18 weeks – "
            + "escalated to the ICB’s children’s commissioner, who has agreed a fast-track pathway from February 2026.";
    static final String Q3_CORRECTED = Q3.replace("rose to 74% (from 61% in Q2)", "rose to 71% (from 61% in Q2)");
    static final String Q4 = "Dental checks for children in care: 88% up to date at 31 March 2026 (target 90%).\n"
            + "The fast-track CAMHS pathway opened on 3 February; first 14 referrals seen within 6 weeks.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadReportsOnTheirWorkAreaAndTheBoardReadsItAsWritten() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        AdminPages officer = AdminPages.as(mvc, "officer");
        AdminPages board = AdminPages.as(mvc, "board");
        String priority = enterStrategy(admin);

        // The priority reports as a work area: its lead's account is needed, and is the one that writes the update
        String reporting = priority + "/reporting";
        String version = admin.page(reporting).select("input[name=version]").val();
        Document noLead =
                admin.postWithErrors(reporting, "reportsAsWorkArea", "true", "leadUserId", "", "version", version);
        assertThat(noLead.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#leadUserId");
        String officerId = admin.page(reporting)
                .select("#leadUserId option:contains(Care Leavers Team Manager)")
                .val();
        assertThat(admin.postAndFollow(
                        reporting, "reportsAsWorkArea", "true", "leadUserId", officerId, "version", version))
                .isEqualTo(priority);

        quarterStep(admin, "2025-26-Q3", "OPEN", "deadline.day", "31", "deadline.month", "1", "deadline.year", "2026");

        // The lead's own page lists the update due, with the quarter's deadline
        Element mine = officer.page("/my").selectFirst("section[aria-labelledby=strategy-" + SLUG + "]");
        assertThat(mine.select("table").first().select("tbody tr").text())
                .contains(
                        "Priority 2: Be healthy",
                        "Update on Priority 2 for 2025-26 Q3, by 31 January 2026",
                        "Not started");

        // Mistakes first: every problem at once, nothing saved, what was typed kept
        String update = S + "/priorities/2/update";
        String v = officer.page(update).select("input[name=version]").val();
        Document empty = officer.postWithErrors(update, "step", "submit", "progress", " ", "version", v);
        assertThat(empty.title()).startsWith("Error: ");
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#progress", "#assessment");
        Document noAssessment = officer.postWithErrors(update, "step", "submit", "progress", Q3_DRAFT, "version", v);
        assertThat(noAssessment.selectFirst("#progress").wholeText()).isEqualTo(Q3_DRAFT);
        assertThat(updates()).isZero();

        // A draft, then submitted
        assertThat(officer.postAndFollow(
                        update, "step", "draft", "progress", Q3_DRAFT, "assessment", "AT_RISK", "version", v))
                .isEqualTo("/my");
        assertThat(board.page(S + "/priorities/2").select("#work-area"))
                .as("nothing published yet")
                .isEmpty();
        v = officer.page(update).select("input[name=version]").val();
        assertThat(officer.postAndFollow(
                        update, "step", "submit", "progress", Q3_DRAFT, "assessment", "AT_RISK", "version", v))
                .isEqualTo("/my");
        Document stale = officer.postWithErrors(
                update, "step", "submit", "progress", "Second try", "assessment", "ON_TRACK", "version", v);
        assertThat(stale.select(".govuk-error-summary").text()).contains("changed");

        // A board member sees neither the open quarter nor its update
        assertThat(mvcStatus(board, S + "/priorities/2?period=2025-26-Q3")).isEqualTo(404);
        assertThat(board.page(S + "/priorities/2").text()).doesNotContain("Health & Wellbeing theme group");

        // An administrator returns it with a comment: needed, and seen by the lead on their page and the update's
        Document adminView = admin.page(update);
        String submitted = adminView
                .select("form[action$=/update/return] input[name=version]")
                .val();
        Document noComment = admin.postWithErrors(update + "/return", "reason", "", "version", submitted);
        assertThat(noComment.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reason");
        String comment = "Please say what the ICB has agreed to do about CAMHS waits, and by when.";
        assertThat(admin.postAndFollow(update + "/return", "reason", comment, "version", submitted))
                .isEqualTo(update);
        assertThat(officer.page("/my").text()).contains("Returned", "Returned: " + comment);
        Document returned = officer.page(update);
        assertThat(returned.select(".govuk-warning-text").text()).contains(comment);
        assertThat(admin.postWithErrors(
                                update + "/return",
                                "reason",
                                "Again",
                                "version",
                                returned.select("input[name=version]").val())
                        .select(".govuk-error-summary")
                        .text())
                .as("only a submitted update is returned")
                .contains("Only a submitted update can be returned");
        assertThat(officer.postAndFollow(
                        update,
                        "step",
                        "submit",
                        "progress",
                        Q3,
                        "assessment",
                        "AT_RISK",
                        "version",
                        returned.select("input[name=version]").val()))
                .isEqualTo("/my");
        assertThat(officer.page("/my").text()).contains("Submitted").doesNotContain("Returned:");

        quarterStep(admin, "2025-26-Q3", "CLOSE");
        quarterStep(admin, "2025-26-Q3", "PUBLISH");
        assertThat(mvcStatus(officer, update))
                .as("no quarter open: the lead cannot change it")
                .isEqualTo(409);

        // The board reads it, word for word, on the priority's page, in the action plan and in the pack
        Document page = board.page(S + "/priorities/2", "period", "2025-26-Q3");
        Element area = page.selectFirst("section[aria-labelledby=work-area]");
        assertThat(area.selectFirst("h2").text()).isEqualTo("Work area update, 2025-26 Q3");
        assertThat(area.selectFirst(".app-pre-line").wholeText()).isEqualTo(Q3);
        assertThat(area.select(".app-status").text()).isEqualTo("! At risk");
        assertThat(area.text())
                .contains("Lead’s assessment, 2025-26 Q3", "Demo officer, submitted")
                .doesNotContain("Revised");
        assertThat(page.select("a:contains(Correct this update)"))
                .as("administrators only")
                .isEmpty();
        Document plan = board.page(S + "/actions", "period", "2025-26-Q3");
        Element section = plan.selectFirst("section[aria-labelledby=priority-2]");
        assertThat(section.select("h2").text())
                .isEqualTo("Priority 2: Be healthy – physically, emotionally and mentally");
        assertThat(section.selectFirst(".app-pre-line").wholeText()).isEqualTo(Q3);
        assertThat(section.select("h3").first().text()).isEqualTo("Work area update, 2025-26 Q3");
        assertThat(board.page(S + "/pack/2025-26-Q3")
                        .selectFirst("#action-plan .app-pre-line")
                        .wholeText())
                .isEqualTo(Q3);

        // The next quarter's update leaves the published one as the board saw it
        quarterStep(admin, "2025-26-Q4", "OPEN", "deadline.day", "30", "deadline.month", "4", "deadline.year", "2026");
        assertThat(officer.postAndFollow(
                        update,
                        "step",
                        "draft",
                        "progress",
                        "Draft only: dental figures to follow",
                        "assessment",
                        "ON_TRACK",
                        "version",
                        "-1"))
                .isEqualTo("/my");
        assertThat(admin.page(S + "/priorities/2", "period", "2025-26-Q4").text())
                .as("a draft is shown to no one, not even in an open quarter")
                .contains("No update on the work area for 2025-26 Q4.")
                .doesNotContain("Draft only");
        assertThat(mvcStatus(board, S + "/priorities/2?period=2025-26-Q4")).isEqualTo(404);
        assertThat(officer.postAndFollow(
                        update,
                        "step",
                        "submit",
                        "progress",
                        Q4,
                        "assessment",
                        "ON_TRACK",
                        "version",
                        officer.page(update).select("input[name=version]").val()))
                .isEqualTo("/my");
        Document q3Again = board.page(S + "/priorities/2", "period", "2025-26-Q3");
        assertThat(q3Again.select(".app-pre-line").eachText()).hasSize(1);
        assertThat(q3Again.text()).doesNotContain("Dental checks");

        // Corrected only by an administrator, with a reason, and shown as revised
        String correction = S + "/priorities/2/corrections/2025-26-Q3";
        assertThat(admin.page(S + "/priorities/2", "period", "2025-26-Q3")
                        .select("a:contains(Correct this update)")
                        .attr("href"))
                .isEqualTo(correction);
        Document correct = admin.page(correction);
        assertThat(correct.selectFirst("#progress").wholeText()).isEqualTo(Q3);
        String cv = correct.select("input[name=version]").val();
        Document noReason = admin.postWithErrors(
                correction, "progress", Q3_CORRECTED, "assessment", "AT_RISK", "reason", "", "version", cv);
        assertThat(noReason.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#reason");
        String reason = "The 74% was the figure for Q2 reported late; Q3 was 71%";
        assertThat(admin.postAndFollow(
                        correction, "progress", Q3_CORRECTED, "assessment", "AT_RISK", "reason", reason, "version", cv))
                .isEqualTo(S + "/priorities/2?period=2025-26-Q3");
        Element revised = board.page(S + "/priorities/2", "period", "2025-26-Q3")
                .selectFirst("section[aria-labelledby=work-area]");
        assertThat(revised.selectFirst(".app-pre-line").wholeText()).isEqualTo(Q3_CORRECTED);
        assertThat(revised.text()).contains("Revised", reason);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_type = 'work area update' and action = 'CORRECT'"
                                + " and changes::text like ?",
                        Integer.class,
                        "%74%"))
                .as("the audit trail keeps what it said before")
                .isEqualTo(1);

        // Once the next quarter is published, its update leads and the earlier one is history, revised
        quarterStep(admin, "2025-26-Q4", "CLOSE");
        quarterStep(admin, "2025-26-Q4", "PUBLISH");
        Element q4 = board.page(S + "/priorities/2", "period", "2025-26-Q4")
                .selectFirst("section[aria-labelledby=work-area]");
        assertThat(q4.select(".app-pre-line").eachAttr("class")).hasSize(2);
        assertThat(q4.select(".app-pre-line").get(0).wholeText()).isEqualTo(Q4);
        assertThat(q4.select(".app-pre-line").get(1).wholeText()).isEqualTo(Q3_CORRECTED);
        assertThat(q4.select(".app-status").eachText()).containsExactly("✓ On track", "! At risk");
    }

    /** The strategy and its priority, entered as a new administrator would; returns the priority's admin page. */
    private String enterStrategy(AdminPages admin) throws Exception {
        String newStrategy = "/admin/strategies/new";
        admin.postAndFollow(
                newStrategy,
                AdminPages.with(
                        AdminPages.fieldsOf(admin.page(newStrategy), "form[action=" + newStrategy + "]"),
                        "title",
                        "Kelderby Corporate Parenting Strategy 2025-2028",
                        "council",
                        "Kelderby Metropolitan Borough Council",
                        "slug",
                        SLUG,
                        "startsOn.day",
                        "1",
                        "startsOn.month",
                        "4",
                        "startsOn.year",
                        "2025",
                        "endsOn.day",
                        "31",
                        "endsOn.month",
                        "3",
                        "endsOn.year",
                        "2028",
                        "status",
                        "CURRENT"));
        String form = "/admin/strategies/" + SLUG + "/priorities/new";
        return admin.postAndFollow(
                form,
                AdminPages.with(
                        AdminPages.fieldsOf(admin.page(form), "form[action=" + form + "]"),
                        "label",
                        "Priority",
                        "number",
                        "2",
                        "title",
                        "Be healthy – physically, emotionally and mentally",
                        "leadTitle",
                        "Designated Nurse for Children Looked After & Care Leavers"));
    }

    private static void quarterStep(AdminPages admin, String code, String step, String... more) throws Exception {
        assertThat(admin.quarterStep(QUARTERS, code, step, more)).isEqualTo(QUARTERS);
    }

    private int updates() {
        return jdbc.queryForObject(
                "select count(*) from progress_update u join priority p on p.id = u.priority_id join strategy s"
                        + " on s.id = p.strategy_id where s.slug = ?",
                Integer.class,
                SLUG);
    }

    private int mvcStatus(AdminPages who, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).session(who.session()))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
