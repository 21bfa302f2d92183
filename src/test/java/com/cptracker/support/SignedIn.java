package com.cptracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A real sign-in through the login form, and pages fetched in that session. */
public final class SignedIn {

    private final MockMvc mvc;
    private final MockHttpSession session;

    private SignedIn(MockMvc mvc, MockHttpSession session) {
        this.mvc = mvc;
        this.session = session;
    }

    public static SignedIn as(MockMvc mvc, String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password("demo-password"))
                .andReturn();
        return new SignedIn(mvc, (MockHttpSession) result.getRequest().getSession());
    }

    public MockHttpSession session() {
        return session;
    }

    /** GETs a page with parameters given as name, value pairs, as a browser's GET form sends them. */
    public Document page(String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.get(path).session(session);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus());
        }
        return Jsoup.parse(response.getContentAsString());
    }

    /** GETs an address and returns its response whatever its status (a file, or a page that is not found). */
    public MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).session(session))
                .andReturn()
                .getResponse();
    }

    /** POSTs a form with its fields given as name, value pairs, with the CSRF token a page's form carries. */
    public MockHttpServletResponse post(String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** POSTs a form that must be accepted (a redirect), or fails with the page's error summary. */
    public void accepted(String path, String... params) throws Exception {
        var response = post(path, params);
        if (response.getStatus() != 302) {
            throw new AssertionError("POST " + path + " answered " + response.getStatus() + ": "
                    + Jsoup.parse(response.getContentAsString())
                            .select(".govuk-error-summary")
                            .text());
        }
    }

    /** POSTs a form that must be refused: the form shown again (200) with its problems. */
    public Document refused(String path, String... params) throws Exception {
        var response = post(path, params);
        if (response.getStatus() != 200) {
            throw new AssertionError("POST " + path + " answered " + response.getStatus());
        }
        return Jsoup.parse(response.getContentAsString());
    }
}
