package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An administrator sets up a new strategy from nothing: the strategy, a priority, a measure under it with a target
 * for the year (a mistyped target first refused with the GOV.UK error summary), then opens the first quarter for
 * updates (a mistyped deadline first refused), closes it and publishes it, and a board member finds the new measure on
 * the strategy's scorecard for that quarter. Only new things are created: the demo strategies are shared with every
 * other browser journey and are left alone.
 */
class AdministratorSetUpJourneyIT extends BrowserTestBase {

    private static final String SLUG = "test-council-2026-28";
    private static final String TITLE = "Corporate Parenting Strategy 2026 to 2028";
    private static final String REF = "T1.1";

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void setsUpAStrategyAndPublishesItsFirstQuarterToTheBoard() {
        Journey journey = journey("administrator-set-up");
        Page page = journey.page();

        signIn(journey, "admin");
        journey.seen("home");

        journey.open("/admin");
        assertThat(page.locator("h1")).hasText("Administration");
        journey.seen("administration");

        page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Strategies").setExact(true))
                .click();
        assertThat(page).hasURL(journey.url("/admin/strategies"));
        journey.seen("strategies");

        button(page, "Add a strategy").click();
        assertThat(page).hasURL(journey.url("/admin/strategies/new"));
        journey.seen("strategy-form");

        page.getByLabel("Title", exact()).fill(TITLE);
        page.getByLabel("Council", exact()).fill("Test Council");
        page.getByLabel("Web address name", exact()).fill(SLUG);
        page.locator("[id='startsOn.day']").fill("1");
        page.locator("[id='startsOn.month']").fill("4");
        page.locator("[id='startsOn.year']").fill("2026");
        page.locator("[id='endsOn.day']").fill("31");
        page.locator("[id='endsOn.month']").fill("3");
        page.locator("[id='endsOn.year']").fill("2028");
        button(page, "Add the strategy").click();
        assertThat(page).hasURL(journey.url("/admin/strategies/" + SLUG));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Strategy created");
        journey.check("strategy-created");

        button(page, "Add a priority").click();
        assertThat(page).hasURL(journey.url("/admin/strategies/" + SLUG + "/priorities/new"));
        journey.seen("priority-form");
        page.getByLabel("What the council calls it", exact()).fill("Priority");
        page.getByLabel("Number (a priority only)", exact()).fill("1");
        page.getByLabel("Title", exact()).fill("A safe, stable home for every care leaver");
        button(page, "Add the priority").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/strategies/" + SLUG + "/priorities/\\d+$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Priority added");
        journey.check("priority-added");

        journey.open("/admin/strategies/" + SLUG + "/measures");
        journey.seen("measures");
        button(page, "Add a measure").click();
        assertThat(page).hasURL(journey.url("/admin/strategies/" + SLUG + "/measures/new"));
        journey.seen("measure-form");
        page.getByLabel("Ref", exact()).fill(REF);
        page.getByLabel("Measure", exact()).fill("% of care leavers in suitable accommodation");
        page.getByLabel("Priority", exact())
                .selectOption(new SelectOption().setLabel("Priority 1: A safe, stable home for every care leaver"));
        page.getByLabel("Percentage", exact()).check();
        page.getByLabel("Higher is better", exact()).check();
        page.getByLabel("Quarterly", exact()).check();
        button(page, "Add the measure").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/strategies/" + SLUG + "/measures/\\d+$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Measure " + REF + " added");
        journey.check("measure-added");

        button(page, "Set a target for a year").click();
        assertThat(page).hasURL(Pattern.compile(".*/measures/\\d+/targets$"));
        journey.seen("target-form");
        Locator target = page.getByLabel("Target", exact());
        page.getByLabel("Reporting year", exact()).fill("2026-27");
        target.fill("abc");
        page.getByLabel("Amber threshold", exact()).fill("5");
        page.getByLabel("Reason", exact()).fill("Agreed by the board on 12 March 2026.");
        button(page, "Save the target").click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Set a target"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).containsText("Enter the target as a number, like 95 or 2.5");
        assertThat(target).hasValue("abc");
        journey.check("target-form-error");

        target.fill("85");
        button(page, "Save the target").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/strategies/" + SLUG + "/measures/\\d+#targets$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Target for 2026-27 saved");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "target-saved");

        String quarters = "/strategies/" + SLUG + "/quarters";
        journey.open(quarters);
        assertThat(page.locator("h1")).hasText("Reporting quarters");
        journey.check("quarters");

        Locator q1 = page.locator("tbody tr", new Page.LocatorOptions().setHasText("2026-27 Q1"));
        q1.getByLabel("Day").fill("31");
        q1.getByLabel("Month").fill("2");
        q1.getByLabel("Year").fill("2027");
        q1.getByRole(AriaRole.BUTTON).click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Quarters"));
        assertThat(summary).containsText("The deadline for updates must be a real date");
        journey.check("quarters-error");
        summary.getByRole(AriaRole.LINK).first().click();
        q1 = page.locator("tbody tr", new Page.LocatorOptions().setHasText("2026-27 Q1"));
        assertThat(q1.getByLabel("Day")).isFocused();
        assertThat(q1.getByLabel("Day")).hasValue("31");

        q1.getByLabel("Day").fill("31");
        q1.getByLabel("Month").fill("7");
        q1.getByLabel("Year").fill("2026");
        button(page, "Open 2026-27 Q1 for updates").click();
        assertThat(page).hasURL(journey.url(quarters));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2026-27 Q1: opened for updates");
        assertThat(q1).containsText("31 July 2026");
        journey.check("quarter-opened");

        button(page, "Close 2026-27 Q1").click();
        assertThat(page).hasURL(journey.url(quarters));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2026-27 Q1: closed");
        journey.check("quarter-closed");

        button(page, "Publish 2026-27 Q1").click();
        assertThat(page).hasURL(journey.url(quarters));
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("2026-27 Q1: published to the board");
        assertThat(q1).containsText("Correct after publishing");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "quarter-published");

        button(page, "Sign out").click();
        assertThat(page).hasURL(journey.url("/login?signedOut"));
        journey.seen("signed-out");

        signIn(journey, "board");
        journey.seen("board-home");
        journey.open("/strategies/" + SLUG + "/scorecard");
        assertThat(page.locator("#period-picker")).hasValue("2026-27-Q1");
        assertThat(link(page, "% of care leavers in suitable accommodation")).isVisible();
        assertThat(page.locator("td.app-ref", new Page.LocatorOptions().setHasText(REF)))
                .isVisible();
        journey.seen("board-scorecard");
    }
}
