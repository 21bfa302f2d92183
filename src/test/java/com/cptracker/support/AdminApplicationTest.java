package com.cptracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * As {@link DemoApplicationTest}, the whole application with the demo data as on first start, but on a database of its
 * own, shared only by the administration tests. They create strategies, accounts and officers, and archive, move and
 * reassign the demo's; kept apart, none of that reaches the demo context whose strategies, accounts and counts other
 * tests check exactly (DemoDataTest, SignInJourneyTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoApplicationTest
@OwnDatabase("administration")
public @interface AdminApplicationTest {}
