package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.users.SignInThrottle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Repeated failures lock a username for a while, and the message never says whether the account exists. */
@DemoApplicationTest
@TestPropertySource(properties = "cptracker.test.isolation=sign-in-throttle") // its own database: it locks accounts
class SignInThrottleTest {

    @Autowired MockMvc mvc;

    @Test
    void fiveFailuresLockTheUsernameEvenWithTheRightPasswordAfterwards() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("officer").password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("officer").password("demo-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user("board").password("demo-password"))
                .andExpect(redirectedUrl("/")); // other accounts are not affected
    }

    @Test
    void aUsernameWithNoAccountLocksTheSameWaySoLockingRevealsNothing() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("no.such.person").password("x" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("no.such.person").password("x"))
                .andExpect(redirectedUrl("/login?locked"));
        String html = mvc.perform(get("/login").param("locked", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".govuk-error-summary").text())
                .contains("Too many failed attempts to sign in with that username")
                .doesNotContain("account");
    }
}
