package com.cptracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its own fresh PostgreSQL database with the demo data loaded, as on first start. Test
 * classes with this annotation and no other configuration share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "cptracker.demo-data.enabled=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface DemoApplicationTest {}
