package com.cptracker.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.demo-data}: the demo strategies and accounts, loaded on start-up into an empty database.
 *
 * @param enabled Whether to load the demo data into an empty database. Unset, it is loaded only into the embedded
 *     database; true loads it into a configured database too; false never loads it. The demo accounts' password is
 *     published, so a real installation leaves this unset.
 * @param files Strategies to load, as class path resources in the demo JSON format.
 * @param password Password of the demo accounts (published in the README).
 */
@ConfigurationProperties("cptracker.demo-data")
record DemoDataProperties(
        Boolean enabled,

        @DefaultValue({"demo/cheshire-east-2018-20.json", "demo/bury-2024-26.json"})
        List<String> files,

        @DefaultValue("demo-password") String password) {}
