package com.cptracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.strategy.StrategyService;
import com.cptracker.support.TestDatabaseConfiguration;
import com.cptracker.users.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real installation: a database configured with spring.datasource.url (here a fresh, empty one) and the demo data
 * not asked for. No demo account, with its published password, and no demo strategy is created; the log says how to
 * load them there all the same.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataRealDatabaseTest {

    @DynamicPropertySource
    static void configuredDatabase(DynamicPropertyRegistry registry) {
        JdbcConnectionDetails database = TestDatabaseConfiguration.freshEmbeddedDatabase();
        registry.add("spring.datasource.url", database::getJdbcUrl);
        registry.add("spring.datasource.username", database::getUsername);
        registry.add("spring.datasource.password", database::getPassword);
    }

    @Autowired
    UserService users;

    @Autowired
    StrategyService strategies;

    @Test
    void aConfiguredDatabaseGetsNoDemoAccountsUnlessAskedFor(CapturedOutput output) {
        assertThat(users.count()).isZero();
        assertThat(strategies.count()).isZero();
        assertThat(output)
                .contains("Demo data is not loaded into a configured database", "CPTRACKER_DEMO_DATA_ENABLED=true");
    }
}
