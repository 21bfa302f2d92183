package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An administrator changes how Bury's statuses are compared with benchmarks: a mistyped margin is refused with the
 * GOV.UK error summary, the corrected one is saved, and the change shows in the audit trail with its old and new
 * values.
 */
class AdministratorJourneyIT extends BrowserTestBase {

    private static final String STRATEGY = "/strategies/bury-2024-26";

    @Test
    void changesTheBenchmarkMarginAfterAMistakeAndFindsItInTheAuditTrail() {
        Journey journey = journey("administrator");
        Page page = journey.page();

        signIn(journey, "admin");
        journey.seen("home");

        journey.open(STRATEGY).seen("strategy");
        link(page, "Change how statuses roll up").click();
        assertThat(page).hasURL(journey.url(STRATEGY + "/status-settings"));
        journey.seen("status-settings");

        Locator margin = page.getByLabel("Margin for \"similar\" to a benchmark");
        String before = margin.inputValue();
        String after = before.equals("7.5") ? "6" : "7.5";
        margin.fill("abc");
        button(page, "Save settings").click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Status settings"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).containsText("Enter the margin as a number from 0 to 50, like 5 or 2.5");
        assertThat(summary).isFocused();
        assertThat(page.locator("#benchmarkMarginPercent-error")).containsText("Error:");
        assertThat(margin).hasValue("abc");
        journey.check("status-settings-error");

        summary.getByRole(AriaRole.LINK).first().click();
        assertThat(margin).isFocused();
        margin.fill(after);
        button(page, "Save settings").click();
        assertThat(page).hasURL(journey.url(STRATEGY));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Status settings saved");
        journey.check("strategy-saved");

        journey.open("/admin/audit");
        assertThat(page.locator("h1")).hasText("Audit trail");
        Locator newest = page.locator("table tbody tr").first();
        assertThat(newest).containsText("admin");
        assertThat(newest).containsText("benchmark margin");
        assertThat(newest.locator("ins")).containsText(after);
        journey.seen("audit");

        page.locator("[id='from.day']").fill("31");
        page.locator("[id='from.month']").fill("2");
        page.locator("[id='from.year']").fill("2020");
        button(page, "Search").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The from date must be a real date");
        assertThat(page.locator("[id='from.day']")).hasValue("31");
        journey.check("audit-error");

        button(page, "Sign out").click();
        assertThat(page).hasURL(journey.url("/login?signedOut"));
        journey.seen("signed-out");
    }
}
