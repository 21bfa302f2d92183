package com.cptracker.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cptracker.demo-data.enabled}: unset, the demo data is loaded only into the embedded database; {@code true}
 * loads it into a configured database too (when empty); {@code false} never loads it. {@code files} lists the
 * strategies to load and {@code password} is the demo accounts' password.
 */
@ConfigurationProperties("cptracker.demo-data")
record DemoDataProperties(Boolean enabled, List<String> files, String password) {

    DemoDataProperties {
        files = files == null ? List.of("demo/cheshire-east-2018-20.json", "demo/bury-2024-26.json") : files;
        password = password == null ? "demo-password" : password;
    }
}
