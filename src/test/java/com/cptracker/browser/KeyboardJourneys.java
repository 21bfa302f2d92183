package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cptracker.browser.Keyboard.Focused;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;

/** Signing in and skipping to the content with the keyboard alone, shared by the keyboard journeys. */
final class KeyboardJourneys {

    private KeyboardJourneys() {}

    static void signIn(Journey journey, String username) {
        Page page = journey.page();
        Keyboard keys = journey.keyboard();
        journey.open("/login").seen("sign-in");
        Assertions.assertThat(keys.tab().assertFocusVisible().text()).isEqualTo("Skip to main content");
        keys.enter();
        Assertions.assertThat(keys.tab().assertFocusVisible().id()).isEqualTo("username");
        keys.type(username).tab();
        Assertions.assertThat(keys.assertFocusVisible().id()).isEqualTo("password");
        keys.type(BrowserTestBase.PASSWORD).enterAndWait();
        assertThat(page).hasURL(journey.url("/"));
        journey.seen("home");
    }

    static Focused tabToIdStartingWith(Keyboard keys, String prefix) {
        return keys.tabTo("a field whose id starts " + prefix, f -> f.id().startsWith(prefix));
    }

    /** A field of a list's row, like rows[0].value: the first whose id ends so. */
    static Focused tabToIdEndingWith(Keyboard keys, String suffix) {
        return keys.tabTo("a field whose id ends " + suffix, f -> f.id().endsWith(suffix));
    }
}
