package com.cptracker.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's part in security: the security headers on whatever Tomcat answers itself, and the error
 * page reachable only as an error. Which proxies are trusted with X-Forwarded-* is configuration
 * ({@code server.forward-headers-strategy} and {@code server.tomcat.remoteip.internal-proxies}).
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

    /** Added after Boot's own customizer, so the valve follows the RemoteIpValve in the engine's pipeline. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersOnEveryResponse() {
        return factory -> factory.addEngineValves(new SecurityHeadersValve());
    }

    /**
     * The error page answers errors; requested directly it is not found, rather than a page for a made-up status.
     * Runs after Spring Security's filters, as for any page, and answers with sendError so that the 404 page itself
     * comes through the error dispatch.
     */
    @Bean
    FilterRegistrationBean<Filter> errorPageOnlyAsAnError(@Value("${server.error.path:/error}") String errorPath) {
        Filter notFound = (request, response, chain) ->
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns(errorPath);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
