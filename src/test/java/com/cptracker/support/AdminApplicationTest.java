package com.cptracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * As {@link DemoApplicationTest}, the whole application with the demo data as on first start, but on a database of its
 * own, shared only by the administration tests. They create strategies, accounts and officers; kept apart, none of that
 * reaches the demo context whose strategies, accounts and counts other tests check exactly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoApplicationTest
@TestPropertySource(properties = "cptracker.test.context=administration")
public @interface AdminApplicationTest {
}
