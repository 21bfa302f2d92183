package com.cptracker.browser;

import com.cptracker.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A journey through the real application in a real browser: the whole application on a random port with the demo
 * data (one application context shared by every browser test class), Debian's Chromium launched once per class. A new
 * journey is a short subclass named {@code *IT} (they run in the integration-test phase): one {@code @Test} per person
 * and task, starting with {@link #journey(String)} and accounting for every page reached with {@link Journey#check},
 * {@link Journey#seen} or {@link Journey#checkedBy}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cptracker.demo-data.enabled=true")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(Chromium.class)
@Tag("browser")
public abstract class BrowserTestBase {

    public static final String PASSWORD = "demo-password";

    @LocalServerPort
    private int port;

    private Browser browser;
    private final List<Journey> journeys = new ArrayList<>();

    @BeforeEach
    void useBrowser(Browser browser) {
        this.browser = browser;
    }

    @AfterEach
    void closeJourneys() {
        try {
            journeys.forEach(Journey::assertEveryPageChecked);
        } finally {
            journeys.forEach(Journey::close);
            journeys.clear();
        }
    }

    /** A new visitor with no cookies; screenshots go to target/screenshots/{name}. */
    protected Journey journey(String name) {
        Journey journey = new Journey(browser, "http://localhost:" + port, name);
        journeys.add(journey);
        return journey;
    }

    /** The link with exactly this accessible name. */
    protected static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The button with exactly this accessible name. */
    protected static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Signs in through the form with the mouse and keyboard as most people would. */
    protected static void signIn(Journey journey, String username) {
        journey.open("/login").seen("sign-in");
        Page page = journey.page();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        button(page, "Sign in").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
