package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * A board page's stylesheets, scripts and images load at the addresses the layout writes, with no filter rewriting
 * links on every request (spring-framework#34014: it cost most of a scorecard's time).
 */
@DemoApplicationTest
class PageAssetsTest {

    static final String SCORECARD = "/strategies/cheshire-east-2018-20/scorecard/2019-20-Q3";
    private static final Map<String, String> TYPES = Map.of(
            "css",
            "text/css",
            "js",
            "text/javascript",
            "mjs",
            "text/javascript",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "ico",
            "image/",
            "woff2",
            "font/woff2",
            "woff",
            "font/woff");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyStylesheetScriptAndImageOfABoardPageLoads() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        Document page = board.page(SCORECARD);
        Set<String> assets = new LinkedHashSet<>();
        page.select("link[href]").forEach(link -> assets.add(link.attr("href")));
        page.select("script[src], img[src]").forEach(element -> assets.add(element.attr("src")));
        // app.js imports GOV.UK Frontend's script from the address the layout gives it.
        page.select("script[data-govuk-frontend]").forEach(s -> assets.add(s.attr("data-govuk-frontend")));

        GovukFrontend govuk = context.getBean(GovukFrontend.class);
        assertThat(assets).contains(govuk.stylesheet(), govuk.script(), "/css/app.css", "/js/app.js");
        for (String asset : assets) {
            assertLoads(board, asset);
        }
    }

    /**
     * The GOV.UK stylesheet's own url()s name /assets/...: fonts, which never load because app.css sets every element's
     * font, and the crown crest of GOV.UK's footer, which no page uses. Any of them a rule on this page would use
     * must load.
     */
    @Test
    void whatTheGovukStylesheetFetchesForThePageLoads() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        Document page = board.page(SCORECARD);
        GovukFrontend govuk = context.getBean(GovukFrontend.class);
        String css = mvc.perform(get(govuk.stylesheet()))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(mvc.perform(get("/css/app.css")).andReturn().getResponse().getContentAsString())
                .contains(
                        "*, *::before, *::after {\n    font-family: Arial, \"Helvetica Neue\", Helvetica, sans-serif !important;");

        Set<String> named = new LinkedHashSet<>();
        Set<String> needed = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selectors =
                    rule.group(1).substring(rule.group(1).lastIndexOf(';') + 1).trim();
            Matcher url = URL.matcher(rule.group(2));
            while (url.find()) {
                String address = resolve(govuk.stylesheet(), url.group(1));
                named.add(address);
                if (!address.startsWith("data:") && !selectors.startsWith("@font-face") && appliesTo(page, selectors)) {
                    needed.add(address);
                }
            }
        }
        assertThat(named)
                .as("the url()s read from the GOV.UK stylesheet")
                .isNotEmpty()
                .anyMatch(address -> address.endsWith(".svg"));
        for (String asset : needed) {
            assertLoads(board, asset);
        }
    }

    @Test
    void noFilterRewritesLinksOnEveryRequest() {
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(AbstractFilterRegistrationBean.class).values())
                .noneMatch(registration ->
                        registration.getFilterName().toLowerCase().contains("resourceurl"));
        assertThat(context.getEnvironment().getProperty("spring.web.resources.chain.enabled"))
                .isEqualTo("false");
    }

    @Test
    void theVersionedGovukFilesAreKeptAYearAndTheApplicationsOwnAreAskedForAgain() throws Exception {
        GovukFrontend govuk = context.getBean(GovukFrontend.class);
        assertThat(mvc.perform(get(govuk.stylesheet()))
                        .andReturn()
                        .getResponse()
                        .getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("max-age=31536000")
                .contains("immutable");

        MockHttpServletResponse css =
                mvc.perform(get("/css/app.css")).andReturn().getResponse();
        assertThat(css.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        String lastModified = css.getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isNotNull();
        assertThat(mvc.perform(get("/css/app.css").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    private void assertLoads(SignedIn board, String address) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(address).session(board.session())).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        String extension = address.replaceAll("[?#].*", "").replaceAll(".*\\.", "");
        assertThat(TYPES).as("a content type is expected for " + address).containsKey(extension);
        assertThat(response.getContentType()).as(address).startsWith(TYPES.get(extension));
        assertThat(response.getContentAsByteArray()).as(address).isNotEmpty();
    }

    /** Whether any element of the page matches one of the rule's selectors, its pseudo-classes and -elements aside. */
    private static boolean appliesTo(Document page, String selectors) {
        if (selectors.startsWith("@")) {
            return true;
        }
        for (String selector : selectors.split(",")) {
            String plain = selector.replaceAll("::?[a-z-]+(\\([^)]*\\))?", "").trim();
            if (plain.isEmpty()) {
                return true;
            }
            try {
                Element match = page.selectFirst(plain);
                if (match != null) {
                    return true;
                }
            } catch (Selector.SelectorParseException unreadable) {
                return true;
            }
        }
        return false;
    }

    private static String resolve(String base, String url) {
        if (url.startsWith("/") || url.startsWith("data:")) {
            return url;
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + url;
    }
}
