package com.cptracker.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One person's visit, in a fresh browser context (no cookies), and the record of it: every page they reach is accounted
 * for. Each page, in each state, is checked with axe once per width in the whole run, in one place:
 * <ul>
 * <li>{@link EveryPageAxeIT} checks every page as a plain GET shows it (the sign-in page's three states included), so a
 * journey only {@link #seen(String) sees} those;</li>
 * <li>a journey {@link #check(String) checks} the states only a journey reaches: a form showing its errors, a page
 * showing the banner for a change just saved, a filtered list, or data only the journey creates;</li>
 * <li>where two journeys reach the same such state, one checks it and the other names it with
 * {@link #checkedBy(Class, String)}.</li>
 * </ul>
 * What is checked is photographed, full page, at desktop and mobile widths, into
 * {@code target/screenshots/<journey>/<nn>-<page>-<width>.png}.
 */
public final class Journey implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int MOBILE_WIDTH = 390;
    public static final int MOBILE_HEIGHT = 844;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String name;
    private final String baseUrl;
    private final BrowserContext context;
    private final Page page;
    private final Path screenshots;
    private int pagesChecked;
    private final Set<String> reached = new LinkedHashSet<>();
    private final Set<String> checked = new LinkedHashSet<>();

    Journey(Browser browser, String baseUrl, String name) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        this.context.setDefaultTimeout(15_000);
        this.page = context.newPage();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                reached.add(withoutFragment(frame.url()));
            }
        });
        this.screenshots = SCREENSHOTS.resolve(name);
        clear(screenshots);
    }

    public Page page() {
        return page;
    }

    public Keyboard keyboard() {
        return new Keyboard(page);
    }

    /** Opens a path on the application, as if typed into the address bar. */
    public Journey open(String path) {
        page.navigate(baseUrl + path);
        return this;
    }

    /** The full address of a path on the application, for comparing with the page's URL. */
    public String url(String path) {
        return baseUrl + path;
    }

    /**
     * The page as it is now, in a state this journey owns: no WCAG 2.2 A or AA violation that axe can find, at desktop
     * width and at mobile width, and a full-page screenshot at each.
     */
    public Journey check(String pageName) {
        checked.add(withoutFragment(page.url()));
        pagesChecked++;
        String prefix = String.format("%02d-%s-", pagesChecked, pageName);
        page.waitForLoadState();
        try {
            Axe.assertNoViolations(page, name + " " + prefix + DESKTOP_WIDTH);
            screenshot(prefix + DESKTOP_WIDTH);
            page.setViewportSize(MOBILE_WIDTH, MOBILE_HEIGHT);
            Axe.assertNoViolations(page, name + " " + prefix + MOBILE_WIDTH);
            screenshot(prefix + MOBILE_WIDTH);
        } catch (AssertionError e) {
            screenshot(prefix + "FAILED");
            throw e;
        } finally {
            page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        }
        return this;
    }

    /**
     * A page as a plain GET shows it, which {@link EveryPageAxeIT} checks with axe at both widths: nothing is run here.
     * Fails if the page shows what that sweep never sees, an error summary or a success banner (but for the sign-in
     * page's states, which it opens itself): such a state is this journey's to {@link #check(String)}, or another's
     * ({@link #checkedBy(Class, String)}).
     */
    public Journey seen(String pageName) {
        page.waitForLoadState();
        String url = withoutFragment(page.url());
        boolean signInState = EveryPageAxeIT.SIGN_IN_STATES.stream().anyMatch(s -> url.equals(baseUrl + s));
        if (!signInState
                && page.locator(".govuk-error-summary, .govuk-notification-banner--success")
                                .count()
                        > 0) {
            throw new AssertionError("Journey " + name + ": " + pageName + " (" + url + ") shows an error summary or"
                    + " a success banner, which EveryPageAxeIT never sees. Check it with Journey.check(name), or"
                    + " name the journey that does with Journey.checkedBy(owner, name).");
        }
        checked.add(url);
        return this;
    }

    /**
     * A state only a journey reaches, which another journey ({@code owner}) checks with axe: the same page showing the
     * same kind of thing (its errors, a saved banner, a filter). Nothing is run here.
     */
    public Journey checkedBy(Class<? extends BrowserTestBase> owner, String pageName) {
        page.waitForLoadState();
        checked.add(withoutFragment(page.url()));
        return this;
    }

    /**
     * Every address the journey reached was accounted for: checked here with {@link #check(String)}, or left to the
     * test that checks it with {@link #seen(String)} or {@link #checkedBy(Class, String)}.
     */
    public void assertEveryPageChecked() {
        Set<String> missed = new LinkedHashSet<>(reached);
        missed.removeAll(checked);
        if (!missed.isEmpty()) {
            throw new AssertionError("Journey " + name + " reached pages it did not account for: " + missed
                    + ". Call Journey.check, seen or checkedBy on every page a journey reaches.");
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private void screenshot(String file) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve(file + ".png")));
    }

    private static void clear(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
