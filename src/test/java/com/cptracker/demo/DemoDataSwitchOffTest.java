package com.cptracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.strategy.StrategyService;
import com.cptracker.support.TestDatabaseConfiguration;
import com.cptracker.users.NewUser;
import com.cptracker.users.Role;
import com.cptracker.users.UserService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** With the demo data switched off nothing is loaded, and nothing is ever loaded into a database holding data. */
@SpringBootTest(properties = "cptracker.demo-data.enabled=false")
@Import(TestDatabaseConfiguration.class)
class DemoDataSwitchOffTest {

    @Autowired
    StrategyService strategies;

    @Autowired
    UserService users;

    @Autowired
    DemoDataService demoData;

    @Test
    void switchedOffItLoadsNothingAndNeverLoadsBesideARealAccount() {
        assertThat(strategies.count()).isZero();
        assertThat(users.findByUsername("board")).isEmpty();
        assertThat(users.findByUsername("admin")).isEmpty();

        users.create(new NewUser(
                "real.admin",
                "A Real Administrator",
                null,
                "admin@council.example",
                "s3cret-Pass",
                Set.of(Role.ADMINISTRATOR),
                false));
        assertThat(demoData.loadIfEmpty())
                .as("a database holding an account is not empty")
                .isFalse();
        assertThat(strategies.count()).isZero();
        assertThat(users.findByUsername("officer")).isEmpty();
    }
}
