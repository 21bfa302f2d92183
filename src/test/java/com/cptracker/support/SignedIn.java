package com.cptracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
}
