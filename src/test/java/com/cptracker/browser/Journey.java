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
 * One person's visit, in a fresh browser context (no cookies), and the record of it: every page they reach is checked
 * with axe and photographed, full page, at desktop and mobile widths, into
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
     * The page as it is now: no WCAG 2.2 A or AA violation that axe can find, at desktop width and at mobile width, and
     * a full-page screenshot at each.
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

    /** Every address the journey reached was checked with {@link #check(String)}, at least once. */
    public void assertEveryPageChecked() {
        Set<String> missed = new LinkedHashSet<>(reached);
        missed.removeAll(checked);
        if (!missed.isEmpty()) {
            throw new AssertionError("Journey " + name + " reached pages it did not check with axe: " + missed
                    + ". Call Journey.check(name) on every page a journey reaches.");
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
