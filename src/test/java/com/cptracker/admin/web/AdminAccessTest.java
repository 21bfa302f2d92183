package com.cptracker.admin.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Only administrators reach administration: board members and officers are refused every page and every change. */
@AdminApplicationTest
class AdminAccessTest {

    static final String[] PAGES = {"/admin", "/admin/strategies", "/admin/strategies/new",
            "/admin/strategies/bury-2024-26", "/admin/strategies/bury-2024-26/edit",
            "/admin/strategies/bury-2024-26/priorities/new", "/admin/strategies/bury-2024-26/priorities/1",
            "/admin/strategies/bury-2024-26/priorities/1/edit",
            "/admin/strategies/bury-2024-26/priorities/1/statements/new",
            "/admin/strategies/bury-2024-26/actions", "/admin/strategies/bury-2024-26/actions/new",
            "/admin/strategies/bury-2024-26/actions/1", "/admin/strategies/bury-2024-26/actions/1/edit",
            "/admin/strategies/bury-2024-26/measures", "/admin/strategies/bury-2024-26/measures/new",
            "/admin/strategies/bury-2024-26/measures/1", "/admin/strategies/bury-2024-26/measures/1/targets",
            "/admin/strategies/bury-2024-26/measures/1/benchmarks", "/admin/strategies/bury-2024-26/promises",
            "/admin/strategies/bury-2024-26/promises/new", "/admin/strategies/bury-2024-26/governance",
            "/admin/strategies/bury-2024-26/governance/bodies/new",
            "/admin/strategies/bury-2024-26/governance/partners/new", "/admin/users", "/admin/users/new",
            "/admin/users/1", "/admin/users/1/edit", "/admin/users/1/password", "/admin/audit"};

    static final String[] CHANGES = {"/admin/strategies/new", "/admin/strategies/bury-2024-26/edit",
            "/admin/strategies/bury-2024-26/archive", "/admin/strategies/bury-2024-26/priorities/new",
            "/admin/strategies/bury-2024-26/priorities/1/move", "/admin/strategies/bury-2024-26/actions/new",
            "/admin/strategies/bury-2024-26/actions/1/status", "/admin/strategies/bury-2024-26/measures/1/targets",
            "/admin/strategies/bury-2024-26/promises/new", "/admin/strategies/bury-2024-26/governance/partners/new",
            "/admin/users/new", "/admin/users/1/enabled", "/admin/users/1/password"};

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"board", "officer"})
    void everyAdministrationPageIsForbidden(String username) throws Exception {
        var session = SignedIn.as(mvc, username).session();
        for (String page : PAGES) {
            mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"board", "officer"})
    void everyAdministrationChangeIsForbidden(String username) throws Exception {
        var session = SignedIn.as(mvc, username).session();
        for (String change : CHANGES) {
            mvc.perform(post(change).session(session).with(csrf()).param("version", "0").param("title", "x")
                    .param("enabled", "false").param("direction", "up")).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/users", "/admin/strategies/bury-2024-26"})
    void nobodySignedInIsSentToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
    }
}
