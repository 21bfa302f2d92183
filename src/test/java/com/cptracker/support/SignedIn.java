package com.cptracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A real sign-in through the login form, and pages fetched and forms posted in that session. */
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

    /** The status a GET of the page answers, like 403 for someone who may not see it. */
    public int status(String path) throws Exception {
        return get(path).getStatus();
    }

    /** POSTs a form, with its CSRF token, its fields given as name, value pairs. */
    public MockHttpServletResponse post(String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** POSTs a form that is to be accepted (a redirect), and fails with the page's error summary when it is not. */
    public String accepted(String path, String... params) throws Exception {
        MockHttpServletResponse r = post(path, params);
        assertThat(r.getStatus())
                .as(() -> path + ": "
                        + Jsoup.parse(text(r)).select(".govuk-error-summary").text())
                .isEqualTo(302);
        return r.getRedirectedUrl();
    }

    /** POSTs a form that is to be refused: the form shown back with its problems. */
    public Document refused(String path, String... params) throws Exception {
        MockHttpServletResponse r = post(path, params);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    private static String text(MockHttpServletResponse r) {
        try {
            return r.getContentAsString();
        } catch (UnsupportedEncodingException e) {
            return "";
        }
    }
}
