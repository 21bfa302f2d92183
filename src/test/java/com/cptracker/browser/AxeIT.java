package com.cptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The safety net itself: axe really runs in Chromium with the WCAG 2.2 AA rules, and a violation fails with the page,
 * the rule, its help and the offending element named. Without this, a journey could pass because axe never ran.
 */
@ExtendWith(Chromium.class)
class AxeIT {

    @Test
    void failsNamingThePageTheRuleAndTheElement(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
                    <body><main><h1>Broken</h1><img src="data:," id="chart">
                    <p><a id="tiny" href="#a">a</a> <a href="#b">b</a></p></main></body></html>""");
            assertThatThrownBy(() -> Axe.assertNoViolations(page, "a page made to fail"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("about:blank")
                    .hasMessageContaining("a page made to fail")
                    .hasMessageContaining("- image-alt [critical]: Images must have alternative text")
                    .hasMessageContaining("#chart");
        }
    }

    @Test
    void runsTheWcag22Rules(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Small targets</title>
                    <style>button { width: 10px; height: 10px; padding: 0; margin: 0; border: 0; }</style></head>
                    <body><main><h1>Small targets</h1><button>1</button><button>2</button></main></body></html>""");
            assertThatThrownBy(() -> Axe.assertNoViolations(page, "WCAG 2.2 target size"))
                    .hasMessageContaining("target-size");
        }
    }

    @Test
    void passesACleanPage(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Clean</title></head>
                    <body><main><h1>Clean</h1><p>Nothing wrong here.</p></main></body></html>""");
            Axe.assertNoViolations(page, "a clean page");
            assertThat(page.title()).isEqualTo("Clean");
        }
    }
}
