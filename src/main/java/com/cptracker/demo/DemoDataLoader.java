package com.cptracker.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** On start-up, loads the demo data into an empty database when it is switched on. */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DemoDataService demoData;

    DemoDataLoader(DemoDataProperties properties, DemoDataService demoData) {
        this.properties = properties;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Demo data is switched off (cptracker.demo-data.enabled=false)");
            return;
        }
        if (demoData.loadIfEmpty()) {
            log.info("Loaded the demo data: {} and the demo accounts board, officer and admin", properties.files());
        } else {
            log.info("The database already holds data: the demo data was not loaded");
        }
    }
}
