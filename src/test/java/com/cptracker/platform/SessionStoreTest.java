package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.users.UserAdminService;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions live in PostgreSQL, so any instance can serve a signed-in person and a restart signs nobody out: the
 * session cookie alone finds the signed-in session, and what is stored holds no password hash.
 */
@DemoApplicationTest
@TestPropertySource(properties = "spring.autoconfigure.exclude=") // the database session store on, as in production
class SessionStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    /** Raw: the store's own session type is not public. */
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    /**
     * Two requests of one session at once, each adding the same attribute the session did not have (the first pages
     * after signing in each make the CSRF token): both are saved, the later one wins, and neither fails.
     */
    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSave() {
        Session session = sessions.createSession();
        sessions.save(session);
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());
        first.setAttribute("token", "first");
        second.setAttribute("token", "second");
        sessions.save(first);
        sessions.save(second);
        assertThat((String) sessions.findById(session.getId()).getAttribute("token"))
                .isEqualTo("second");
        sessions.deleteById(session.getId());
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String header = mvc.perform(formLogin("/login").user("officer").password("demo-password"))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");
        Cookie cookie = new Cookie("SESSION", header.substring(8, header.indexOf(';')));
        mvc.perform(get("/my").cookie(cookie)).andExpect(status().isOk());

        long officer = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
        long admin = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        userAdmin.setEnabled(officer, false, userAdmin.user(officer).version(), admin);

        mvc.perform(get("/my").cookie(cookie)).andExpect(status().isFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'officer'", Integer.class))
                .isZero();
    }

    @Test
    void aSignedInSessionIsStoredInTheDatabaseAndFoundByItsCookieAlone() throws Exception {
        String header = mvc.perform(formLogin("/login").user("board").password("demo-password"))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");
        assertThat(header).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax");
        Cookie cookie = new Cookie("SESSION", header.substring(8, header.indexOf(';')));
        mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isFound());

        Integer sessions = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = 'board'", Integer.class);
        assertThat(sessions).isPositive();
        byte[] context = jdbc.query("""
                select a.attribute_bytes from spring_session_attributes a join spring_session s
                on s.primary_id = a.session_primary_id
                where s.principal_name = 'board' and a.attribute_name = 'SPRING_SECURITY_CONTEXT' limit 1""", rs -> rs.next() ? rs.getBytes(1) : null);
        assertThat(context).isNotNull();
        assertThat(new String(context, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}");
    }
}
