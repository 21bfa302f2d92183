package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A person signs in with a demo account, finds the strategies and their priorities, and signs out. */
@DemoApplicationTest
class SignInJourneyTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/strategies/bury-2024-26",
                "/strategies/cheshire-east-2018-20/priorities/1",
                "/strategies/unknown",
                "/anything"
            })
    void everyPageNeedsSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("openPaths")
    void signInHealthAndStaticAssetsAreOpen(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    static List<String> openPaths() {
        return List.of(
                "/login",
                "/actuator/health",
                "/css/app.css",
                "/js/app.js",
                new GovukFrontend().stylesheet(),
                new GovukFrontend().script());
    }

    @Test
    void healthIsUpAndReflectsTheDatabaseWhichOnlyAnAdministratorSees() throws Exception {
        String body = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        String admin = mvc.perform(get("/actuator/health")
                        .session(SignedIn.as(mvc, "admin").session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"board", "officer", "admin"})
    void eachDemoAccountSignsInAndReachesBothStrategies(String username) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password("demo-password"))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        Document home = page(session, "/");
        assertThat(home.select("h2#current-strategy a").text()).isEqualTo("Corporate Parenting Strategy 2024-2026");
        assertThat(home.select(".govuk-caption-l").text()).contains("Bury");
        List<String> links =
                home.select("ul[aria-labelledby=current-strategy] a").eachAttr("href");
        assertThat(links)
                .containsExactly(
                        "/strategies/bury-2024-26/priorities/1",
                        "/strategies/bury-2024-26/priorities/2",
                        "/strategies/bury-2024-26/priorities/3",
                        "/strategies/bury-2024-26/priorities/4",
                        "/strategies/bury-2024-26/priorities/5");
        assertThat(home.select("table a").eachAttr("href"))
                .containsExactly("/strategies/bury-2024-26", "/strategies/cheshire-east-2018-20");

        for (String link : links) {
            assertThat(page(session, link).select("h1").text()).startsWith("Strategic Priority");
        }
        Document pledge = page(session, "/strategies/cheshire-east-2018-20/priorities/2");
        assertThat(pledge.select("h1").text()).contains("Improve education, employment & training");
        assertThat(pledge.text()).contains("2h").doesNotContain("2g ");
        assertThat(page(session, "/strategies/cheshire-east-2018-20")
                        .select("h1")
                        .text())
                .contains("Corporate Parenting Strategy");
        assertThat(page(session, "/strategies/cheshire-east-2018-20/priorities/1")
                        .select("table")
                        .text())
                .as("demo figures are labelled on screen")
                .contains("P1.2", "Demo figures");
    }

    @Test
    void signInReturnsToThePageAskedForButNeverToAnAssetTheBrowserFetched() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/strategies/bury-2024-26").session(session).accept("text/html,application/xhtml+xml"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/assets/fonts/bold.woff2").session(session).accept("*/*"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", "board")
                        .param("password", "demo-password"))
                .andExpect(redirectedUrl("http://localhost/strategies/bury-2024-26?continue"));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "board").param("password", "demo-password"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("board").password("demo-password"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownStrategyIsANotFoundPageWithoutDetail() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("board").password("demo-password"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        String html = mvc.perform(get("/strategies/<script>alert(1)</script>").session(session))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("Exception");
        mvc.perform(get("/strategies/bury-2024-26/priorities/99").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategies/bury-2024-26/priorities/notanumber").session(session))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithANonceAndNoInlineAllowance() throws Exception {
        String csp = mvc.perform(get("/login"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(csp).contains("'nonce-").doesNotContain("unsafe-inline");
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        String html = mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
