package com.cptracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A challenge with the keyboard alone (Tab, Enter and typing only): a board member raises one from a measure's page,
 * a mistake first; the officer who owns the measure finds it on My work and answers it.
 */
class ChallengeKeyboardJourneyIT extends BrowserTestBase {

    static final String S = "/strategies/cheshire-east-2018-20";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoardMemberRaisesAChallengeAndTheOfficerAnswersItWithTheKeyboardAlone() {
        String ref = jdbc.queryForObject("""
                select m.ref from measure m join user_account u on u.id = m.owner_user_id join strategy s
                on s.id = m.strategy_id where u.username = 'officer' and s.slug = 'cheshire-east-2018-20'
                order by m.id limit 1""", String.class);
        Journey member = journey("challenge-board-member-keyboard");
        Page page = member.page();
        Keyboard keys = member.keyboard();
        KeyboardJourneys.signIn(member, "board");
        member.open(S + "/measures/" + ref + "?period=2019-20-Q3").seen("measure");

        keys.tabToText("Raise a challenge");
        keys.assertFocusVisible();
        keys.enterAndWait();
        assertThat(page.locator("h1")).containsText("Measure " + ref);
        member.seen("raise-form");

        // Sent with no question: the error summary takes the focus, and its link leads to the box.
        keys.tabToText("Raise the challenge");
        keys.enterAndWait();
        assertThat(page.locator(".govuk-error-summary")).isFocused();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your question");
        member.check("raise-form-error");
        keys.tab();
        keys.enter();
        assertThat(page.locator("#question")).isFocused();
        keys.type("Why has this measure missed its target for three quarters running?");
        keys.tabToId("answerBy.day");
        keys.type("27");
        keys.tab().type("3");
        keys.tab().type("2030");
        keys.tabToText("Raise the challenge");
        keys.enterAndWait();
        assertThat(page).hasURL(Pattern.compile(".*/challenges/\\d+$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Challenge raised");
        member.check("challenge-raised");

        Journey officer = journey("challenge-officer-keyboard");
        Page officerPage = officer.page();
        Keyboard officerKeys = officer.keyboard();
        KeyboardJourneys.signIn(officer, "officer");
        officerKeys.tabToText("My work");
        officerKeys.enterAndWait();
        assertThat(officerPage.locator("#challenges-to-answer")).isVisible();
        officer.seen("my-work");
        officerKeys.tabTo(
                "the challenge's link", f -> f.tag().equals("a") && f.href().matches(".*/challenges/\\d+$"));
        officerKeys.assertFocusVisible();
        officerKeys.enterAndWait();
        assertThat(officerPage.locator("h2", new Page.LocatorOptions().setHasText("Answer")))
                .isVisible();
        officer.seen("challenge");
        officerKeys.tabToId("words");
        officerKeys.assertFocusVisible();
        officerKeys.type("The placements team changed in March; the new panel reviews every move weekly.");
        officerKeys.tabToText("Send the answer");
        officerKeys.enterAndWait();
        assertThat(officerPage.locator(".govuk-notification-banner--success")).containsText("Answer sent");
        assertThat(officerPage.locator("#history ~ ol")).containsText("Answered by Demo officer");
        officer.check("challenge-answered");
    }
}
