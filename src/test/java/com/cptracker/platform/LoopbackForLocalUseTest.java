package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** When the application keeps to the loopback address: only on the embedded database, and never over a set address. */
class LoopbackForLocalUseTest {

    @Test
    void theEmbeddedDatabaseWithNoAddressSetListensOnLoopbackOnly() {
        assertThat(addressFor(new MockEnvironment())).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressSetByTheOperatorIsHonoured() {
        assertThat(addressFor(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
                .isEqualTo("0.0.0.0");
        assertThat(addressFor(new MockEnvironment().withProperty("server.address", "::1")))
                .isEqualTo("::1");
    }

    @Test
    void aConfiguredDatabaseLeavesTheAddressAlone() {
        assertThat(addressFor(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org:5432/cpt")))
                .isNull();
        assertThat(addressFor(new MockEnvironment().withProperty("cptracker.embedded-postgres.enabled", "false")))
                .isNull();
    }

    private static String addressFor(MockEnvironment environment) {
        new LoopbackForLocalUse(Supplier::get).postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
