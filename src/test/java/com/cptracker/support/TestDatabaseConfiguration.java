package com.cptracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for every test application context, and a fresh, empty database for each one. With a Docker
 * engine, a Testcontainers PostgreSQL per context, connected through {@code @ServiceConnection}; without one, a new
 * database on one embedded PostgreSQL server shared by the whole test run. Both use the same PostgreSQL major
 * version as the application ({@code postgres.major} in the pom).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseConfiguration.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Boolean dockerAvailable;
    private static EmbeddedPostgres embedded;

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(System.getProperty("postgres.image", "postgres:18-alpine"));
    }

    @Bean
    @Conditional(NoDocker.class)
    JdbcConnectionDetails embeddedTestDatabase() {
        return freshEmbeddedDatabase();
    }

    /**
     * The command-line arguments of a whole application (started with {@code SpringApplicationBuilder}) on this
     * database, on a free port of this machine, followed by {@code more}. Command-line arguments win over the tests'
     * {@code config/application.properties}.
     */
    public static String[] applicationArguments(JdbcConnectionDetails database, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--server.port=0",
                "--server.address=127.0.0.1"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** A new, empty database on the shared embedded server. */
    public static JdbcConnectionDetails freshEmbeddedDatabase() {
        EmbeddedPostgres server = embeddedServer();
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        String url = server.getJdbcUrl("postgres", name);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static synchronized EmbeddedPostgres embeddedServer() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("cptracker-test-pg");
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                log.info("No Docker engine: tests use an embedded PostgreSQL on port {}", embedded.getPort());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException e) {
                        log.warn("Could not stop the embedded PostgreSQL", e);
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }

    static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    static class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return dockerAvailable();
        }
    }

    static class NoDocker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !dockerAvailable();
        }
    }
}
