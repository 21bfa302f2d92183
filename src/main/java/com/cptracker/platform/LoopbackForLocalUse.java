package com.cptracker.platform;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the embedded database, the application is running on someone's own machine, with the demo accounts whose
 * password is published: unless {@code server.address} says otherwise, it listens on the loopback address only, so
 * nobody else on the network can sign in with them. A configured database (SPRING_DATASOURCE_URL) changes nothing.
 * Registered in {@code META-INF/spring.factories}, so it holds however the application is started.
 */
class LoopbackForLocalUse implements EnvironmentPostProcessor {

    static final String LOOPBACK = "127.0.0.1";

    private final Log log;

    LoopbackForLocalUse(DeferredLogFactory logs) {
        this.log = logs.getLog(LoopbackForLocalUse.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String address = environment.getProperty("server.address");
        if ((address != null && !address.isBlank()) || !EmbeddedPostgresConfiguration.usedBy(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("cptrackerLoopbackForLocalUse", Map.of("server.address", LOOPBACK)));
        log.info("Listening on " + LOOPBACK + " only: the embedded database and its demo accounts are for this "
                + "machine. To listen on other addresses set SERVER_ADDRESS (e.g. 0.0.0.0); for a real "
                + "installation configure a database with SPRING_DATASOURCE_URL.");
    }
}
