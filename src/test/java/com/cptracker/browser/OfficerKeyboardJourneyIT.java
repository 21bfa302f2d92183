package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The officer's quarter with the keyboard alone: My work, an action's update (a mistake first), and a value, using
 * Tab, Space, Enter and typing only.
 */
class OfficerKeyboardJourneyIT extends BrowserTestBase {

    @Test
    void updatesAnActionAndEntersAValueWithTheKeyboardAlone() {
        Journey journey = journey("officer-keyboard");
        Page page = journey.page();
        Keyboard keys = journey.keyboard();
        KeyboardJourneys.signIn(journey, "officer");

        keys.tabToText("My work");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/my"));
        journey.seen("my-work");

        // An action's update (a work area's, which My work may list first, is another form)
        keys.tabTo(
                "an action's Update link", f -> f.tag().equals("a") && f.href().matches(".*/actions/[^/]+/update$"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page).hasURL(Pattern.compile(".*/actions/[^/]+/update$"));
        journey.seen("update-form");

        keys.tabToId("progress");
        keys.assertFocusVisible();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        keys.tabToText("Submit update");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-error-summary")).isFocused();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the progress made this quarter");
        journey.checkedBy(OfficerJourneyIT.class, "update-form-error");

        keys.tab();
        keys.enter();
        assertThat(page.locator("#progress")).isFocused();
        keys.type("Reviewed with the care leavers forum; two actions agreed.");
        String radio = KeyboardJourneys.tabToIdStartingWith(keys, "assessment").id();
        keys.space();
        assertThat(page.locator("#" + radio)).isChecked();
        keys.tabToId("riskComment");
        keys.type("Overdue because the forum moved; new date agreed.");
        keys.tabToText("Submit update");
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/my"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Update submitted");
        journey.checkedBy(OfficerJourneyIT.class, "my-work-updated");

        keys.tabToText("Enter this quarter's values");
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Values for 2019-20 Q4");
        journey.seen("values");
        KeyboardJourneys.tabToIdEndingWith(keys, ".value");
        keys.assertFocusVisible();
        page.keyboard().press("Control+A");
        keys.type("73");
        KeyboardJourneys.tabToIdEndingWith(keys, ".note");
        page.keyboard().press("Control+A");
        keys.type("Entered with the keyboard.");
        keys.tabToText("Save all");
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/my"));
        journey.checkedBy(OfficerJourneyIT.class, "my-work-values");
    }
}
