package com.cptracker.strategy.web;

import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The strategy a page belongs to, read from the {@code {slug}} in its address: a handler that takes a
 * {@link StrategySummary} gets the strategy (an unknown slug is the usual 404), loaded once per request, and its page
 * gets it as {@code strategy}. This is how every screen under {@code /strategies/{slug}} and
 * {@code /admin/strategies/{slug}} finds its strategy, instead of each controller repeating the lookup.
 */
@Configuration(proxyBeanMethods = false)
class StrategyFromAddress implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final String LOADED = StrategyFromAddress.class.getName() + ".strategy";

    /** Looked up when first needed, so that web slices that never take a strategy need no strategy service. */
    private final ObjectProvider<StrategyService> strategies;

    StrategyFromAddress(ObjectProvider<StrategyService> strategies) {
        this.strategies = strategies;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StrategySummary.class;
    }

    @Override
    public StrategySummary resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer page,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        StrategySummary strategy = (StrategySummary) request.getAttribute(LOADED, RequestAttributes.SCOPE_REQUEST);
        if (strategy == null) {
            strategy = strategies.getObject().bySlug(slug(parameter, request));
            request.setAttribute(LOADED, strategy, RequestAttributes.SCOPE_REQUEST);
        }
        if (page != null) {
            page.addAttribute("strategy", strategy);
        }
        return strategy;
    }

    private static String slug(MethodParameter parameter, NativeWebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String slug = variables == null ? null : variables.get("slug");
        if (slug == null) {
            throw new IllegalStateException(
                    parameter.getExecutable() + " takes a strategy but its address has no {slug}");
        }
        return slug;
    }
}
