package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A board member, with a mouse, before a meeting: signs in (after a mistyped password), reads the accessibility
 * statement, Cheshire East's strategy, its scorecard for 2019-20 Q3 filtered to what got worse and then by status, a
 * measure's trend, the action plan and an overdue action, the promise, and how statuses are worked out; then signs out.
 * The filtered scorecard is checked with axe here; every other page it reaches is EveryPageAxeIT's to check.
 */
class BoardMemberJourneyIT extends BrowserTestBase {

    @Test
    void readsTheScorecardAndWhatIsBeingDoneThenSignsOut() {
        Journey journey = journey("board-member");
        Page page = journey.page();

        journey.open("/login").seen("sign-in");
        page.getByLabel("Username").fill("board");
        page.getByLabel("Password").fill("not-the-password");
        button(page, "Sign in").click();
        page.waitForURL(Pattern.compile("/login\\?error$"));
        assertThat(page).hasTitle("Error: Sign in - Corporate Parenting Tracker");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).isFocused();
        journey.seen("sign-in-error");
        summary.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter a correct username and password"))
                .click();
        assertThat(page.getByLabel("Username")).isFocused();

        link(page, "Accessibility statement").click();
        assertThat(page).hasURL(journey.url("/accessibility"));
        assertThat(heading(page)).hasText("Accessibility statement for Corporate Parenting Tracker");
        journey.seen("accessibility-statement");
        page.goBack();

        page.getByLabel("Username").fill("board");
        page.getByLabel("Password").fill(PASSWORD);
        button(page, "Sign in").click();
        assertThat(page).hasURL(journey.url("/"));
        assertThat(heading(page)).hasText("Corporate parenting strategies");
        journey.seen("home");

        link(page, "Corporate Parenting Strategy, 2018-20").click();
        assertThat(page).hasURL(journey.url("/strategies/cheshire-east-2018-20"));
        assertThat(heading(page)).hasText("Corporate Parenting Strategy, 2018-20");
        journey.seen("strategy");

        page.locator("nav.app-subnav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Scorecard"))
                .click();
        assertThat(page).hasURL(journey.url("/strategies/cheshire-east-2018-20/scorecard/2019-20-Q3"));
        assertThat(heading(page)).hasText("Scorecard, 2019-20 Q3");
        assertThat(page.locator("table.app-table--scorecard tbody tr:has(td)")).hasCount(56);
        journey.seen("scorecard");

        page.getByLabel("Worsening since last period only").check();
        button(page, "Apply filters").click();
        page.waitForURL(Pattern.compile("worsening=true"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("(filtered)");
        Locator rows = page.locator("table.app-table--scorecard tbody tr:has(td)");
        int worsening = rows.count();
        Assertions.assertThat(worsening).isBetween(1, 55);
        assertThat(page.getByLabel("Worsening since last period only")).isChecked();
        journey.check("scorecard-worsening");

        String status = (String) rows.first().locator(".app-status").evaluate("e => e.lastChild.textContent.trim()");
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(status);
        button(page, "Apply filters").click();
        page.waitForURL(Pattern.compile("status=[A-Z_]+&worsening=true"));
        Assertions.assertThat(rows.count()).isBetween(1, worsening);
        for (int i = 0; i < rows.count(); i++) {
            assertThat(rows.nth(i)).containsText(status);
            assertThat(rows.nth(i)).containsText("Worsening");
        }
        journey.checkedBy(BoardMemberJourneyIT.class, "scorecard-worsening-by-status");

        Locator measureLink = rows.first().locator("td").nth(1).getByRole(AriaRole.LINK);
        String measure = measureLink.innerText();
        measureLink.click();
        assertThat(heading(page)).hasText(measure);
        assertThat(page.locator("figure.app-chart svg[role=img]")).isVisible();
        assertThat(page.locator("figure.app-chart desc")).containsText("values, from");
        journey.seen("measure");

        subnav(page, "Action plan").click();
        assertThat(heading(page)).hasText("Action plan, 2019-20 Q3");
        assertThat(page.locator("tr.app-row--overdue")).hasCount(9);
        journey.seen("action-plan");

        Locator overdue = page.locator("tr.app-row--overdue td.app-ref a").first();
        String ref = overdue.innerText();
        overdue.click();
        assertThat(page.locator(".govuk-caption-l")).containsText("Action " + ref);
        assertThat(page.locator("main")).containsText("Promises it helps keep");
        journey.seen("action");

        subnav(page, "Our promise").click();
        assertThat(heading(page)).hasText("Our promise to you");
        assertThat(page.locator("li.app-promise")).hasCount(5);
        journey.seen("promise");

        link(page, "What the words on this page mean").click();
        assertThat(page).hasURL(journey.url("/help/status"));
        assertThat(heading(page)).hasText("How statuses are worked out");
        journey.seen("help-status");

        button(page, "Sign out").click();
        assertThat(page).hasURL(journey.url("/login?signedOut"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        journey.seen("signed-out");

        journey.open("/strategies/cheshire-east-2018-20");
        assertThat(page).hasURL(journey.url("/login"));
    }

    private static Locator heading(Page page) {
        return page.locator("h1");
    }

    private static Locator subnav(Page page, String name) {
        return page.locator("nav.app-subnav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }
}
