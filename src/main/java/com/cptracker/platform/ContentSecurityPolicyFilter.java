package com.cptracker.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a Content-Security-Policy with a fresh nonce on every response, and exposes the nonce to templates as the
 * request attribute {@code cspNonce}. Nothing inline runs or styles without it; there is no 'unsafe-inline'.
 */
public class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    public static final String NONCE_ATTRIBUTE = "cspNonce";
    static final String HEADER = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(HEADER, policy(nonce));
        chain.doFilter(request, response);
    }

    /**
     * The policy, allowing inline scripts and styles that carry the nonce; with no nonce (a response the container
     * answers itself, see {@link SecurityHeadersValve}) nothing inline runs or styles at all.
     */
    static String policy(String nonce) {
        String inline = nonce == null ? "" : " 'nonce-" + nonce + "'";
        return "default-src 'self'; "
                + "script-src 'self'" + inline + "; "
                + "style-src 'self'" + inline + "; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
