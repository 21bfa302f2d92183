package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page follows the GOV.UK Design System's form and error patterns. */
@WebMvcTest(LoginController.class)
@Import(SecurityConfiguration.class)
class LoginViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void asksForUsernameAndPasswordWithLabelsAndCsrf() throws Exception {
        Document doc = render("/login");
        assertThat(doc.title()).isEqualTo("Sign in - Corporate Parenting Tracker");
        assertThat(doc.select("h1").text()).isEqualTo("Sign in");
        assertThat(doc.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(doc.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(doc.select("input#username").attr("autocomplete")).isEqualTo("username");
        assertThat(doc.select("input#password").attr("type")).isEqualTo("password");
        assertThat(doc.select("form[action=/login][method=post] input[name=_csrf]"))
                .hasSize(1);
        assertThat(doc.select(".govuk-error-summary")).isEmpty();
        assertThat(doc.select("[aria-describedby]")).isEmpty();
        assertThat(doc.select(".govuk-service-navigation"))
                .as("no navigation before sign-in")
                .isEmpty();
    }

    @Test
    void aFailedSignInShowsTheErrorSummaryLinkedToTheField() throws Exception {
        Document doc = render("/login", "error");
        assertThat(doc.title()).isEqualTo("Error: Sign in - Corporate Parenting Tracker");
        assertThat(doc.select(".govuk-error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(doc.select(".govuk-error-summary a").attr("href")).isEqualTo("#username");
        assertThat(doc.select("#username-error").text()).isEqualTo("Error: Enter a correct username and password");
        assertThat(doc.select("input#username").attr("aria-describedby")).isEqualTo("username-error");
        assertThat(doc.select("input#username").hasClass("govuk-input--error")).isTrue();
        assertThat(doc.select(".govuk-form-group--error")).hasSize(2);
    }

    @Test
    void signingOutIsConfirmed() throws Exception {
        Document doc = render("/login", "signedOut");
        assertThat(doc.select(".govuk-notification-banner").text()).contains("You have signed out.");
    }

    /** Renders a page; a flag parameter is sent as a browser sends "?error": present with an empty value. */
    private Document render(String path, String... flags) throws Exception {
        var request = get(path);
        for (String flag : flags) {
            request.param(flag, "");
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
