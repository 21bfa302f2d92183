package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An officer's quarter: their own page, an action update submitted first with mistakes (the error summary, then
 * fixed), and the quarter's measure values entered on one page, first wrongly, then correctly.
 */
class OfficerJourneyIT extends BrowserTestBase {

    @Test
    void submitsAQuarterlyUpdateAndValuesAfterFixingMistakes() {
        Journey journey = journey("officer");
        Page page = journey.page();
        signIn(journey, "officer");
        journey.seen("home");

        journey.open("/my").seen("my-work");
        Locator cheshire = page.locator("section[aria-labelledby=strategy-cheshire-east-2018-20]");
        assertThat(cheshire).containsText("2019-20 Q4 is open for updates.");
        Locator update = cheshire.locator("a[href$='/update']").first();
        update.click();
        assertThat(page).hasURL(Pattern.compile(".*/actions/.+/update$"));
        journey.seen("update-form");

        page.getByLabel("Progress this quarter").fill("");
        page.getByLabel("Off track", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("If it is at risk, off track or overdue: what is the problem, and what is being done?")
                .fill("");
        button(page, "Submit update").click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Update "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the progress made this quarter");
        journey.check("update-form-error");

        page.getByLabel("Progress this quarter").fill("Housing panel met twice; two young people placed.");
        button(page, "Submit update").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what the problem is");
        journey.checkedBy(OfficerJourneyIT.class, "update-form-comment-error");

        page.getByLabel("If it is at risk, off track or overdue: what is the problem, and what is being done?")
                .fill("Panel dates slipped; escalated to the Head of Service.");
        button(page, "Submit update").click();
        assertThat(page).hasURL(journey.url("/my"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Update submitted for");
        journey.check("my-work-after-update");

        cheshire.locator("a.govuk-button", new Locator.LocatorOptions().setHasText("Enter this quarter's values"))
                .click();
        assertThat(page.locator("h1")).hasText("Values for 2019-20 Q4");
        journey.seen("values");

        Locator first = page.locator("input[name$='.value']").first();
        first.fill("ninety");
        button(page, "Save all").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("as a number");
        assertThat(first).hasValue("ninety");
        journey.check("values-error");

        page.locator(".govuk-error-summary a").first().click();
        assertThat(first).isFocused();
        first.fill("71");
        page.locator("textarea[name$='.note']").first().fill("Checked against the case management system.");
        button(page, "Check statuses").click();
        assertThat(page.locator("tbody tr").first().locator(".app-status")).isVisible();
        journey.check("values-checked");
        button(page, "Save all").click();
        assertThat(page).hasURL(journey.url("/my"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("saved for 2019-20 Q4");
        journey.checkedBy(OfficerJourneyIT.class, "my-work-after-values");
    }
}
