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

/** The accessibility statement: open without sign-in, in the GOV.UK model statement's form, linked from every page. */
@WebMvcTest(
        value = {AccessibilityStatementController.class, LoginController.class},
        properties = "cptracker.accessibility.contact-email=accessibility@council.example")
@Import(SecurityConfiguration.class)
class AccessibilityStatementViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void isOpenToEveryoneAndHasTheModelStatementsSections() throws Exception {
        String html = mvc.perform(get("/accessibility"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("Accessibility statement - Corporate Parenting Tracker");
        assertThat(doc.select("h1").text()).isEqualTo("Accessibility statement for Corporate Parenting Tracker");
        assertThat(doc.select("h2, h3").eachText())
                .contains(
                        "How accessible this service is",
                        "What to do if you cannot access parts of this service",
                        "Reporting accessibility problems with this service",
                        "Enforcement procedure",
                        "Technical information about this service's accessibility",
                        "Compliance status",
                        "Non-accessible content",
                        "Preparation of this accessibility statement");
        assertThat(doc.text())
                .contains(
                        "partially compliant with the Web Content Accessibility Guidelines version 2.2",
                        "Equality and Human Rights Commission (EHRC)",
                        "Equality Commission for Northern Ireland (ECNI)",
                        "This statement was prepared on 27 November 2026",
                        "axe-core",
                        "keyboard");
        assertThat(doc.select("a[href=mailto:accessibility@council.example]")).isNotEmpty();
    }

    @Test
    void everyPageLinksToItFromTheFooter() throws Exception {
        Document login =
                Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        assertThat(login.select("footer a.govuk-footer__link[href=/accessibility]")
                        .text())
                .isEqualTo("Accessibility statement");
    }
}
