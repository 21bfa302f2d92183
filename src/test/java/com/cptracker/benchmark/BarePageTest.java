package com.cptracker.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.SignedIn;
import com.cptracker.support.TestDatabaseConfiguration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Under the benchmark profile, the bare page: 100 rows in the application's layout, behind the sign-in. */
@SpringBootTest(properties = "cptracker.demo-data.enabled=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("benchmark")
class BarePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedInUserSeesAHundredRowsInTheLayout() throws Exception {
        Document page = SignedIn.as(mvc, "board").page("/benchmark/bare");
        assertThat(page.select("tbody tr")).hasSize(100);
        assertThat(page.select("#navigation").text()).contains("Signed in as board");
        assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
    }

    @Test
    void anyoneElseIsSentToSignIn() throws Exception {
        mvc.perform(get("/benchmark/bare"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
