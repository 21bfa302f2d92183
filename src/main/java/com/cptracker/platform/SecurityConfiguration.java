package com.cptracker.platform;

import com.cptracker.users.SignInThrottle;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may reach what. Deny by default: every page needs a signed-in user except sign-in itself, the accessibility
 * statement, health, the error page and static assets. Form login at /login, CSRF on, a Content-Security-Policy with
 * a per-request nonce.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<UserDetailsService> accounts,
            PasswordEncoder passwordEncoder,
            ObjectProvider<SignInThrottle> throttles)
            throws Exception {
        UserDetailsService users = accounts.getIfAvailable();
        SignInThrottle throttle = throttles.getIfAvailable();
        if (users != null && throttle != null) {
            // The only provider, with no parent to try the password again after a refusal
            http.authenticationManager(
                    new ProviderManager(new ThrottledAuthenticationProvider(users, passwordEncoder, throttle)));
        }
        SimpleUrlAuthenticationFailureHandler failures = new SimpleUrlAuthenticationFailureHandler("/login?error");
        http.authorizeHttpRequests(
                        auth -> auth.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/accessibility")
                                .permitAll()
                                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
                                .permitAll()
                                .requestMatchers("/strategies/*/status-settings")
                                .hasRole("ADMINISTRATOR")
                                .requestMatchers("/admin/**")
                                .hasRole("ADMINISTRATOR")
                                .requestMatchers(
                                        "/strategies/*/measures/*/corrections/**",
                                        "/strategies/*/priorities/*/corrections/**",
                                        "/strategies/*/priorities/*/update/return")
                                .hasRole("ADMINISTRATOR")
                                .requestMatchers(
                                        "/my",
                                        "/strategies/*/values",
                                        "/strategies/*/values/**",
                                        "/strategies/*/actions/*/update",
                                        "/strategies/*/priorities/*/update",
                                        "/strategies/*/self-assessment/*/criteria/*")
                                .hasAnyRole("OFFICER", "ADMINISTRATOR")
                                .requestMatchers("/strategies/*/quarters", "/strategies/*/quarters/**")
                                .hasRole("ADMINISTRATOR")
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SESSION", "JSESSIONID")
                        .permitAll())
                .requestCache(cache -> cache.requestCache(pageRequestCache()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new ContentSecurityPolicyFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentTypeOptions(c -> {})
                        .referrerPolicy(r -> r.policy(SecurityHeadersValve.REFERRER_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(SecurityHeadersValve.HSTS_MAX_AGE_SECONDS)));
        return http.build();
    }

    /**
     * Remembers only a page a person asked for (a GET that accepts HTML), so that sign-in returns them there and never
     * to a font, script or image the browser fetched on its own.
     */
    private static HttpSessionRequestCache pageRequestCache() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(
                new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), html));
        return cache;
    }

    /** Adaptive hashing (bcrypt by default), with the algorithm recorded in each hash so it can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The application's clock, in England's time zone whatever the machine's: "today" (a completion date not in the
     * future, the days left to a deadline) is the same day on every instance, as the dates it shows already are.
     */
    @Bean
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
