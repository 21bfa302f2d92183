package com.cptracker.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Without the benchmark profile there is no bare page, and nothing is generated. */
@DemoApplicationTest
class BarePageAbsentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theBarePageIsNotThere() throws Exception {
        mvc.perform(get("/benchmark/bare").session(SignedIn.as(mvc, "board").session()))
                .andExpect(status().isNotFound());
    }

    @Test
    void noCouncilIsGenerated() {
        assertThat(context.getBeansOfType(CouncilGenerator.class)).isEmpty();
        assertThat(context.getBeansOfType(BenchmarkDataLoader.class)).isEmpty();
    }
}
