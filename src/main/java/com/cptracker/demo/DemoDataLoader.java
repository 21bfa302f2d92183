package com.cptracker.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On start-up, loads the demo data into an empty database: by default only into the embedded one, which is for running
 * on one's own machine. The demo accounts' password is published, so a configured database (SPRING_DATASOURCE_URL)
 * gets them only when asked for explicitly with {@code cptracker.demo-data.enabled=true}.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DemoDataService demoData;
    private final ObjectProvider<EmbeddedPostgres> embeddedDatabase;

    DemoDataLoader(
            DemoDataProperties properties,
            DemoDataService demoData,
            ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
        this.properties = properties;
        this.demoData = demoData;
        this.embeddedDatabase = embeddedDatabase;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.FALSE.equals(properties.enabled())) {
            log.info("Demo data is switched off (cptracker.demo-data.enabled=false)");
            return;
        }
        if (properties.enabled() == null && embeddedDatabase.getIfAvailable() == null) {
            log.info("Demo data is not loaded into a configured database: its accounts have a published password. "
                    + "Set CPTRACKER_DEMO_DATA_ENABLED=true to load it there all the same.");
            return;
        }
        if (demoData.loadIfEmpty()) {
            log.info("Loaded the demo data: {} and the demo accounts board, officer and admin", properties.files());
        } else {
            log.info("The database already holds data: the demo data was not loaded");
        }
    }
}
