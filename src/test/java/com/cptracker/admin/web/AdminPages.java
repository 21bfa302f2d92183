package com.cptracker.admin.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.cptracker.support.PageForm;
import com.cptracker.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Posting administration forms as a browser would, in a signed-in session. */
final class AdminPages {

    private final MockMvc mvc;
    private final SignedIn user;

    AdminPages(MockMvc mvc, SignedIn user) {
        this.mvc = mvc;
        this.user = user;
    }

    static AdminPages as(MockMvc mvc, String username) throws Exception {
        return new AdminPages(mvc, SignedIn.as(mvc, username));
    }

    MockHttpSession session() {
        return user.session();
    }

    Document page(String path, String... params) throws Exception {
        return user.page(path, params);
    }

    /** POSTs name, value pairs (a name may repeat, as checkboxes do) and returns the response. */
    MockHttpServletResponse post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).session(user.session()).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** POSTs and expects the page back with errors (status 200). */
    Document postWithErrors(String path, String... params) throws Exception {
        MockHttpServletResponse response = post(path, params);
        if (response.getStatus() != 200) {
            throw new AssertionError(
                    "POST " + path + " answered " + response.getStatus() + " " + response.getRedirectedUrl());
        }
        return Jsoup.parse(response.getContentAsString());
    }

    /** POSTs and expects a redirect; returns where to. */
    String postAndFollow(String path, String... params) throws Exception {
        MockHttpServletResponse response = post(path, params);
        if (response.getStatus() != 302) {
            String errors = response.getStatus() == 200
                    ? Jsoup.parse(response.getContentAsString())
                            .select(".govuk-error-summary")
                            .text()
                    : "";
            throw new AssertionError("POST " + path + " answered " + response.getStatus() + " " + errors);
        }
        return response.getRedirectedUrl();
    }

    /**
     * Takes a quarter one step (open, close, publish) with the form on the quarters page, as a browser would, with
     * {@code more} (name, value pairs) such as an opening's deadline; returns where the post led.
     */
    String quarterStep(String quarters, String code, String step, String... more) throws Exception {
        String version = page(quarters)
                .select("form[action=" + quarters + "/" + code + "] input[name=version]")
                .val();
        String[] params = new String[4 + more.length];
        params[0] = "step";
        params[1] = step;
        params[2] = "version";
        params[3] = version;
        System.arraycopy(more, 0, params, 4, more.length);
        return postAndFollow(quarters + "/" + code, params);
    }

    /** Every form field of a page's form, as the browser would send it unchanged. */
    static String[] fieldsOf(Document page, String formSelector) {
        return PageForm.fieldsOf(page, formSelector);
    }

    static String[] with(String[] pairs, String... changes) {
        return PageForm.with(pairs, changes);
    }
}
