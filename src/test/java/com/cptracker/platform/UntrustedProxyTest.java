package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.RawHttp;
import com.cptracker.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * X-Forwarded-* from an address that is not the configured proxy changes nothing. Here the trusted proxy is configured
 * as another address (one reserved for documentation, never contacted), so the test's own loopback connections play
 * an arbitrary client: claiming https gets neither HSTS nor a Secure cookie, and claiming an address is not believed.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.remoteip.internal-proxies=192.0.2.10/32", "spring.autoconfigure.exclude="})
@Import({TestDatabaseConfiguration.class, ForwardedRequestRecorder.Installed.class})
class UntrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    ForwardedRequestRecorder recorder;

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        RawHttp.Answer answer = RawHttp.get(
                port, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7", "X-Forwarded-Port: 443");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).isNull();
        assertThat(answer.header("Set-Cookie")).startsWith("SESSION=").doesNotContain("Secure");
        assertThat(recorder.last()).isEqualTo(new ForwardedRequestRecorder.Seen("127.0.0.1", false));
        ContainerSecurityTest.assertSecurityHeaders(answer);
    }
}
