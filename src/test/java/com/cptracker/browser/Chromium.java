package com.cptracker.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.AssertionFailedError;

/**
 * Debian's Chromium, driven by Playwright, launched once per test class and closed after it; a test method asks for it
 * as a {@link Browser} parameter. Playwright never downloads a browser: it is pointed at the installed binary. Where
 * that binary is missing, each test is skipped with a message saying so (and the Spring application is not started
 * for it); but when the system property {@code browser.tests.required} is true, as in CI, the class fails instead, so
 * that a green build always means the journeys really ran.
 */
public class Chromium implements BeforeAllCallback, TestInstancePreConstructCallback, ParameterResolver {

    /** Where Debian's chromium package installs it; the system property {@code browser.chromium.path} overrides. */
    public static final String DEFAULT_PATH = "/usr/bin/chromium";

    static final List<String> ARGS =
            List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String testClass = context.getRequiredTestClass().getSimpleName();
        if (!testClass.endsWith("IT")) {
            throw new IllegalStateException(testClass + " uses a browser, so it must run in the integration-test phase"
                    + " (failsafe), with the settings the pom gives browser tests there: name it "
                    + testClass.replaceAll("Test$", "") + "IT.");
        }
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            if (Boolean.getBoolean("browser.tests.required")) {
                throw new AssertionFailedError("Chromium not found at " + executable + ", and browser.tests.required"
                        + " is true: the browser journeys and accessibility checks must run here."
                        + " Install it (apt-get install chromium).");
            }
            // Each test is then skipped before its instance (and so the application) is created.
            System.err.println("WARNING: " + context.getDisplayName() + ": " + missingMessage(executable));
            return;
        }
        Playwright playwright = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(PlaywrightDriver.class, k -> new PlaywrightDriver(), PlaywrightDriver.class)
                .playwright();
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(ARGS));
        // Closed by JUnit when the class's extension context closes.
        context.getStore(NAMESPACE).put(LaunchedBrowser.class, new LaunchedBrowser(browser));
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        Path executable = executable();
        Assumptions.assumeTrue(Files.isExecutable(executable), () -> missingMessage(executable));
    }

    private static Path executable() {
        return Path.of(System.getProperty("browser.chromium.path", DEFAULT_PATH));
    }

    private static String missingMessage(Path executable) {
        return "Chromium not found at " + executable + ": browser tests skipped. Install it (apt-get install"
                + " chromium) or they run in CI.";
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LaunchedBrowser launched = context.getStore(NAMESPACE).get(LaunchedBrowser.class, LaunchedBrowser.class);
        if (launched == null) {
            throw new IllegalStateException("Chromium was not launched for " + context.getDisplayName());
        }
        return launched.browser();
    }

    private record LaunchedBrowser(Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }

    /**
     * Playwright's Node driver, unpacked from its jar once for the whole test run and stopped at its end. It runs
     * offline: only browsers are ever downloaded by Playwright, and that is switched off.
     */
    private static final class PlaywrightDriver implements AutoCloseable {
        private final Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));

        Playwright playwright() {
            return playwright;
        }

        @Override
        public void close() {
            playwright.close();
        }
    }
}
