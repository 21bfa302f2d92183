package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An administrator runs Bury's last quarter to publication with the keyboard alone: a deadline typed wrongly for a
 * quarter not yet opened is refused, then the open quarter is closed and published, and the board's default
 * quarter moves to it.
 */
class AdministratorKeyboardJourneyTest extends BrowserTestBase {

    @Test
    void closesAndPublishesAQuarterWithTheKeyboardAlone() {
        Journey journey = journey("administrator-keyboard");
        Page page = journey.page();
        Keyboard keys = journey.keyboard();
        KeyboardJourneys.signIn(journey, "admin");

        keys.tabToText("Administration");
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Administration");
        journey.check("administration");

        journey.open("/strategies/bury-2024-26/quarters").check("quarters");
        keys.tabTo("the Close button", f -> f.text().startsWith("Close"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("closed");
        journey.check("quarter-closed");

        keys.tabTo("the Publish button", f -> f.text().startsWith("Publish"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("published to the board");
        assertThat(page.locator("tbody tr").last()).containsText("Published");
        journey.check("quarter-published");

        keys.tabToText("Sign out");
        keys.enterAndWait();
        journey.check("signed-out");
        KeyboardJourneys.signIn(journey, "board");
        journey.open("/strategies/bury-2024-26").check("board-strategy");
        assertThat(page.locator("h2#priorities")).hasText("Priorities in 2025-26 Q4");
    }
}
