package com.cptracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * An application context, and with it a fresh database ({@link TestDatabaseConfiguration} gives each context its own),
 * apart from the one the other tests with the same configuration share. Only for a test that changes the demo data in
 * a way the others would trip over and cannot be made not to (publishing a quarter, throttling sign-ins from the test's
 * address, hostile values saved wherever they are valid): say why in a comment beside it. Each one costs a Spring
 * context and a load of the demo data. Test classes that give the same name share the one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(OwnDatabase.Factory.class)
public @interface OwnDatabase {

    /** The database's name: test classes that give the same one share it. */
    String value();

    /** Makes the name part of the test context's cache key, so that only classes naming it share its context. */
    class Factory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            OwnDatabase own = TestContextAnnotationUtils.findMergedAnnotation(testClass, OwnDatabase.class);
            return own == null ? null : new Named(own.value());
        }
    }

    /** Adds nothing to the context: being a different customizer (by name) is what keeps the context apart. */
    record Named(String name) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {}
    }
}
