package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cptracker.browser.Keyboard.Focused;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The board member's journey with the keyboard alone: Tab, Shift+Tab, Enter and Space, and typing into the sign-in
 * fields; never a click. The skip link takes focus into the main content, and focus can be seen on each control used.
 */
class BoardMemberKeyboardJourneyIT extends BrowserTestBase {

    @Test
    void readsTheScorecardWithTheKeyboardAlone() {
        Journey journey = journey("board-member-keyboard");
        Page page = journey.page();
        Keyboard keys = journey.keyboard();

        journey.open("/login").seen("sign-in");
        Focused skip = keys.tab().assertFocusVisible();
        Assertions.assertThat(skip.text()).isEqualTo("Skip to main content");
        skipToMainContent(keys);
        Focused username = keys.tab().assertFocusVisible();
        Assertions.assertThat(username.id()).isEqualTo("username");
        keys.type("board").tab();
        Assertions.assertThat(keys.assertFocusVisible().id()).isEqualTo("password");
        keys.type(PASSWORD).enterAndWait();
        assertThat(page).hasURL(journey.url("/"));
        journey.seen("home");

        keys.tabToText("Corporate Parenting Strategy, 2018-20");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/strategies/cheshire-east-2018-20"));
        journey.seen("strategy");

        keys.tab();
        skipToMainContent(keys);
        Assertions.assertThat(keys.tab().focused().text()).isEqualTo("Overview");
        Focused scorecard = keys.tab().assertFocusVisible();
        Assertions.assertThat(scorecard.text()).isEqualTo("Scorecard");
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/strategies/cheshire-east-2018-20/scorecard/2019-20-Q3"));
        journey.seen("scorecard");

        keys.tabToText("Apply filters");
        keys.assertFocusVisible();
        Focused worsening = keys.shiftTab().assertFocusVisible();
        Assertions.assertThat(worsening.id()).isEqualTo("worsening");
        keys.space();
        assertThat(page.locator("#worsening")).isChecked();
        Assertions.assertThat(keys.tab().focused().text()).isEqualTo("Apply filters");
        keys.enterAndWait();
        assertThat(page.locator("p[role=status]")).containsText("(filtered)");
        journey.checkedBy(BoardMemberJourneyIT.class, "scorecard-worsening");

        Focused measure = keys.tabToLink("/measures/");
        keys.assertFocusVisible();
        Assertions.assertThat(measure.inMain()).isTrue();
        keys.enterAndWait();
        assertThat(page.locator("figure.app-chart svg[role=img]")).isVisible();
        journey.seen("measure");

        keys.tabToText("Action plan");
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Action plan, 2019-20 Q3");
        journey.seen("action-plan");

        keys.tabToLink("/actions/");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator("main")).containsText("Progress updates");
        journey.seen("action");

        keys.tabToText("Our promise");
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Our promise to you");
        journey.seen("promise");

        // The page lists every action under its promise; the help link is near its end, so go backwards.
        keys.shiftTabToText("What the words on this page mean");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page).hasURL(journey.url("/help/status"));
        journey.seen("help-status");

        keys.tabToText("Sign out");
        keys.assertFocusVisible();
        keys.spaceAndWait();
        assertThat(page).hasURL(journey.url("/login?signedOut"));
        journey.seen("signed-out");

        keys.tabToText("Accessibility statement");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Accessibility statement for Corporate Parenting Tracker");
        journey.seen("accessibility-statement");
    }

    /** Enter on the focused skip link: focus moves to the main content, so the next Tab lands inside it. */
    private static void skipToMainContent(Keyboard keys) {
        Assertions.assertThat(keys.focused().text()).isEqualTo("Skip to main content");
        keys.enter();
        Assertions.assertThat(keys.focused().id())
                .as("focus after the skip link")
                .isEqualTo("main-content");
    }
}
