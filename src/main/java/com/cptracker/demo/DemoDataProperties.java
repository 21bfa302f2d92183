package com.cptracker.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cptracker.demo-data.enabled} switches the demo data off; {@code files} lists the strategies to load and
 * {@code password} is the demo accounts' password.
 */
@ConfigurationProperties("cptracker.demo-data")
record DemoDataProperties(Boolean enabled, List<String> files, String password) {

    DemoDataProperties {
        enabled = enabled == null || enabled;
        files = files == null ? List.of("demo/cheshire-east-2018-20.json", "demo/bury-2024-26.json") : files;
        password = password == null ? "demo-password" : password;
    }
}
