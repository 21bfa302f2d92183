package com.cptracker.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions: the cookie is not readable by scripts, not sent on cross-site requests, and secure whenever HTTPS is used;
 * the store is PostgreSQL, written with its own statements.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(DefaultCookieSerializer.class)
class SessionConfiguration {

    /**
     * PostgreSQL's upsert for session attributes. Spring Session's portable statements insert an attribute a session
     * did not have, so two requests of one session at once (the first pages after signing in, each making the CSRF
     * token) both insert it and the second fails with a duplicate key: a 500 on a page.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }
}
