package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator with the keyboard alone: adds a measure to Bury's scorecard with a target for the year, opens a new
 * strategy's first quarter for updates with a deadline, then runs Bury's last quarter to publication (close,
 * publish), and the board's default quarter moves to it.
 */
class AdministratorKeyboardJourneyIT extends BrowserTestBase {

    @Autowired
    StrategyService strategies;

    @Test
    void closesAndPublishesAQuarterWithTheKeyboardAlone() {
        Journey journey = journey("administrator-keyboard");
        Page page = journey.page();
        Keyboard keys = journey.keyboard();
        KeyboardJourneys.signIn(journey, "admin");

        keys.tabToText("Administration");
        keys.enterAndWait();
        assertThat(page.locator("h1")).hasText("Administration");
        journey.seen("administration");

        journey.open("/admin/strategies/bury-2024-26/measures").seen("admin-measures");
        keys.tabToText("Add a measure");
        keys.assertFocusVisible();
        keys.enterAndWait();
        journey.seen("measure-form");
        keys.tabToId("ref");
        keys.type("K1.1");
        keys.tabToId("title");
        keys.type("% of care leavers with a named personal adviser (added by keyboard)");
        keys.tabToId("priorityId");
        page.keyboard().press("ArrowDown");
        keys.tabToId("unit");
        keys.space();
        keys.tabToId("polarity");
        keys.space();
        keys.tabToId("frequency");
        keys.space();
        keys.tabToText("Add the measure");
        keys.enterAndWait();
        assertThat(page.locator("h1")).containsText("added by keyboard");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "measure-added");

        keys.tabToText("Set a target for a year");
        keys.enterAndWait();
        journey.seen("target-form");
        keys.tabToId("year");
        keys.type("2025-26");
        keys.tabToId("target");
        keys.type("90");
        keys.tabToId("amberThreshold");
        keys.type("5");
        keys.tabToId("reason");
        keys.type("Agreed by the board, entered with the keyboard.");
        keys.tabToText("Save the target");
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2025-26");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "target-saved");

        // A strategy whose quarters have never been opened, so one can be opened with the keyboard.
        strategies.createStrategy(new NewStrategy(
                "keyboard-2026-28",
                "Keyboard strategy",
                null,
                "Keyboard Council",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 3, 31),
                StrategyStatus.DRAFT,
                null,
                null,
                false,
                List.of()));
        journey.open("/strategies/keyboard-2026-28/quarters")
                .checkedBy(AdministratorSetUpJourneyIT.class, "new-strategy-quarters");
        keys.tabToId("deadline-2026-27-Q1.day");
        keys.type("31");
        keys.tabToId("deadline-2026-27-Q1.month");
        keys.type("7");
        keys.tabToId("deadline-2026-27-Q1.year");
        keys.type("2026");
        keys.tabTo("the Open button", f -> f.text().startsWith("Open"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("opened for updates");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "quarter-opened");

        journey.open("/strategies/bury-2024-26/quarters").seen("quarters");
        keys.tabTo("the Close button", f -> f.text().startsWith("Close"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("closed");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "quarter-closed");

        keys.tabTo("the Publish button", f -> f.text().startsWith("Publish"));
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("published to the board");
        assertThat(page.locator("tbody tr").last()).containsText("Published");
        journey.checkedBy(AdministratorSetUpJourneyIT.class, "quarter-published");

        keys.tabToText("Sign out");
        keys.enterAndWait();
        journey.seen("signed-out");
        KeyboardJourneys.signIn(journey, "board");
        journey.open("/strategies/bury-2024-26").seen("board-strategy");
        assertThat(page.locator("h2#priorities")).hasText("Priorities in 2025-26 Q4");
    }
}
