package com.cptracker.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Gives every response Tomcat sends the security headers, before anything else answers it. Tomcat rejects some
 * requests itself (a {@code %2F}, {@code %00} or invalid UTF-8 in the path, headers too long) and its error report
 * answers them without Spring Security's filter chain ever running, so without this they went out bare. Sits in the
 * engine's pipeline after the RemoteIpValve, so a request a trusted proxy forwarded as https also gets HSTS.
 *
 * <p>The application's own pages get the same headers from {@link SecurityConfiguration}, whose writers leave a header
 * already set in place, and a Content-Security-Policy with a nonce, which replaces the nonce-less one set here.
 */
final class SecurityHeadersValve extends ValveBase {

    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        response.setHeader(ContentSecurityPolicyFilter.HEADER, ContentSecurityPolicyFilter.policy(null));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS + " ; includeSubDomains");
        }
        getNext().invoke(request, response);
    }
}
