package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.support.SignedIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database stops while the application runs: pages answer a friendly 503 and health reports DOWN; when it
 * comes back the application recovers without a restart.
 */
@SpringBootTest(
        properties = {
            "cptracker.demo-data.enabled=true",
            "spring.datasource.hikari.connection-timeout=1500",
            "spring.datasource.hikari.maximum-pool-size=4"
        })
@AutoConfigureMockMvc
class DatabaseOutageTest {

    static Path dataDirectory;
    static EmbeddedPostgres postgres;
    static int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {
        @Bean
        JdbcConnectionDetails outageDatabase() throws IOException {
            dataDirectory = Files.createTempDirectory("cptracker-outage");
            postgres = EmbeddedPostgresConfiguration.start(dataDirectory, 0);
            port = postgres.getPort();
            return EmbeddedPostgresConfiguration.connectionDetails(postgres);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesSay503AndHealthSaysDownWhileTheDatabaseIsStoppedThenAllRecovers() throws Exception {
        SignedIn board = SignedIn.as(mvc, "board");
        mvc.perform(get("/strategies/bury-2024-26").session(board.session())).andExpect(status().isOk());
        long strategies = jdbc.queryForObject("select count(*) from strategy", Long.class);

        postgres.close();

        String page = mvc.perform(get("/strategies/bury-2024-26").session(board.session()))
                .andExpect(status().isServiceUnavailable())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Sorry, the service is unavailable")
                .doesNotContain("Exception")
                .doesNotContain("jdbc");
        String health = mvc.perform(get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(health).contains("\"status\":\"DOWN\"");

        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();

        mvc.perform(get("/strategies/bury-2024-26").session(board.session())).andExpect(status().isOk());
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"status\":\"UP\"");
        assertThat(jdbc.queryForObject("select count(*) from strategy", Long.class))
                .isEqualTo(strategies);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
