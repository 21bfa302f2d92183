package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.AdminApplicationTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The title of every administration page, from its one frame (fragments/admin :: admin-page): the page's own words,
 * then "Administration - Corporate Parenting Tracker"; and "Error: " in front by one rule, whenever the page shows a
 * problem, whether its form failed or a button's change (a move, an archive) was refused and the problem carried to
 * the page the button returns to.
 */
@AdminApplicationTest
class AdminPageTitleTest {

    static final String SUFFIX = " - Administration - Corporate Parenting Tracker";
    static final String STRATEGY = "/admin/strategies/bury-2024-26";

    @Autowired
    MockMvc mvc;

    @Test
    void aPageWithoutAProblemHasItsOwnWordsThenAdministration() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        assertThat(pages.page("/admin").title()).isEqualTo("Administration - Corporate Parenting Tracker");
        assertThat(pages.page("/admin/users").title()).isEqualTo("Users" + SUFFIX);
        assertThat(pages.page("/admin/audit").title()).isEqualTo("Audit trail" + SUFFIX);
        Document actions = pages.page(STRATEGY + "/actions");
        assertThat(actions.title())
                .isEqualTo("Actions - " + actions.select("h1").text() + SUFFIX);
        assertThat(pages.page("/admin/strategies/new").title()).isEqualTo("Add a strategy" + SUFFIX);
    }

    @Test
    void aFailedFormPutsErrorInFront() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        Document refused = pages.postWithErrors("/admin/strategies/new", "title", "");
        assertThat(refused.title()).isEqualTo("Error: Add a strategy" + SUFFIX);
        assertThat(refused.select(".govuk-error-summary")).isNotEmpty();

        Document search = pages.page("/admin/audit", "itemId", "not a number");
        assertThat(search.title()).isEqualTo("Error: Audit trail" + SUFFIX);
        assertThat(search.select(".govuk-error-summary")).isNotEmpty();
    }

    @Test
    void aRefusedButtonPutsErrorInFrontOfThePageItReturnsTo() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        // The lists of actions and of measures had no "Error: " at all before the one frame, though they showed the
        // problem of a refused move.
        for (String list : List.of("/actions", "/measures")) {
            Document page = pages.page(STRATEGY + list);
            String move = page.select("form[action$=/move]").first().attr("action");
            pages.postAndFollow(move, "direction", "DOWN"); // no version: the page was out of date

            Document refused = pages.page(STRATEGY + list);
            assertThat(refused.title()).as(list).isEqualTo("Error: " + page.title());
            assertThat(refused.select(".govuk-error-summary").text()).contains("The page was out of date");
            assertThat(refused.select(".govuk-error-summary")).as("one summary").hasSize(1);
            assertThat(refused.selectFirst("#main-content").child(0).hasClass("govuk-error-summary"))
                    .as("the summary comes first in the page's main content, as GOV.UK places it")
                    .isTrue();
            assertThat(pages.page(STRATEGY + list).title())
                    .as("the problem is shown once")
                    .isEqualTo(page.title());
        }
    }
}
