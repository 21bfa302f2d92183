package com.cptracker.platform;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Where the GOV.UK Frontend WebJar's stylesheet and script are, worked out once at start-up and read by the layout as
 * {@code @govukFrontend}.
 *
 * <p>The addresses carry the WebJar's version, so nothing has to rewrite links per request: Spring's resource chain
 * is off ({@code spring.web.resources.chain.enabled=false}), and with it the {@code ResourceUrlEncodingFilter} that
 * sent every link Thymeleaf wrote through the resource resolvers and the class loader. Because an address changes
 * whenever the version does, the browser may keep what it fetched from it for a year without asking again.
 */
@Component("govukFrontend")
public class GovukFrontend implements WebMvcConfigurer {

    static final String WEBJAR = "govuk-frontend";
    private static final Duration KEEP = Duration.ofDays(365);

    /** {@code /webjars/govuk-frontend/<version>/}. */
    private final String root;

    public GovukFrontend() {
        this(new WebJarVersionLocator().version(WEBJAR));
    }

    GovukFrontend(String version) {
        if (version == null) {
            throw new IllegalStateException("The " + WEBJAR + " WebJar is not on the class path");
        }
        this.root = "/webjars/" + WEBJAR + "/" + version + "/";
    }

    public String stylesheet() {
        return root + "dist/govuk/govuk-frontend.min.css";
    }

    public String script() {
        return root + "dist/govuk/govuk-frontend.min.js";
    }

    /** This version's files, kept by browsers for a year; the address of the next version differs. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(root + "**")
                .addResourceLocations("classpath:/META-INF/resources" + root)
                .setCacheControl(CacheControl.maxAge(KEEP).cachePublic().immutable());
    }
}
