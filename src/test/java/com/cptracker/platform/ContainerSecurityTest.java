package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.RawHttp;
import com.cptracker.support.TestDatabaseConfiguration;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The running server, over real connections from the loopback address (which the default configuration trusts as a
 * proxy on this machine): the security headers on what Tomcat answers itself, X-Forwarded-Proto from the trusted proxy
 * giving HSTS and a Secure session cookie, the error page only as an error, and health details for administrators.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"cptracker.demo-data.enabled=true", "spring.autoconfigure.exclude="
        }) // the database session store on: the SESSION cookie as in production
@Import({TestDatabaseConfiguration.class, ForwardedRequestRecorder.Installed.class})
class ContainerSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ForwardedRequestRecorder recorder;

    @Autowired
    WebServerApplicationContext context;

    /** Requests Tomcat refuses before the application sees them, and one it refuses while reading its parameters. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/strategies%2Fcheshire-east-2018-20",
                "/login%00",
                "/%C3%28",
                "/login?q=%C3%28",
                "/login?q=%ZZ",
                "over-long header"
            })
    void aRefusedRequestIsAnsweredWithAnErrorAndTheSecurityHeaders(String target) throws Exception {
        RawHttp.Answer answer = target.equals("over-long header")
                ? RawHttp.get(port, "/login", "X-Padding: " + "a".repeat(100 * 1024))
                : RawHttp.get(port, target);

        assertThat(answer.status()).as(target).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(answer.header("Strict-Transport-Security")).as("plain http").isNull();
        assertThat(answer.body()).doesNotContain("Tomcat", "Exception");
    }

    @Test
    void aRefusedRequestForwardedAsHttpsByTheTrustedProxyAlsoCarriesHsts() throws Exception {
        RawHttp.Answer answer = RawHttp.get(port, "/login%00", "X-Forwarded-Proto: https");

        assertThat(answer.status()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(answer.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void httpsForwardedByTheTrustedProxyGivesHstsAndASecureSessionCookie() throws Exception {
        RawHttp.Answer forwarded =
                RawHttp.get(port, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");

        assertThat(forwarded.status()).isEqualTo(200);
        assertSecurityHeaders(forwarded);
        assertThat(forwarded.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(forwarded.header("Set-Cookie")).startsWith("SESSION=").contains("; Secure", "HttpOnly");
        assertThat(recorder.last()).isEqualTo(new ForwardedRequestRecorder.Seen("203.0.113.7", true));

        RawHttp.Answer plain = RawHttp.get(port, "/login");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(plain.header("Set-Cookie")).startsWith("SESSION=").doesNotContain("Secure");
        assertThat(recorder.last()).isEqualTo(new ForwardedRequestRecorder.Seen("127.0.0.1", false));
    }

    @Test
    void onlyAProxyOnThisMachineIsTrustedByDefault() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Valve[] valves = server.getTomcat().getEngine().getPipeline().getValves();
        RemoteIpValve remoteIp = List.of(valves).stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(remoteIp.getInternalProxies().split(",\\s*")).containsExactlyInAnyOrder("127.0.0.0/8", "::1/128");
        assertThat(remoteIp.getTrustedProxies()).isNull();
        assertThat(List.of(valves).indexOf(remoteIp))
                .as("the headers valve comes after the RemoteIpValve, so it sees a forwarded https")
                .isLessThan(
                        List.of(valves).stream().map(v -> v.getClass()).toList().indexOf(SecurityHeadersValve.class));
    }

    @Test
    void theErrorPageRequestedDirectlyIsNotFound() throws Exception {
        for (String target : List.of("/error", "/error?status=500&message=x")) {
            RawHttp.Answer answer = RawHttp.get(port, target, "Accept: text/html");
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertSecurityHeaders(answer);
            assertThat(answer.header("Content-Security-Policy"))
                    .as("through the filter chain, as any page")
                    .contains("'nonce-");
            assertThat(answer.body()).as(target).contains("Page not found");
        }
    }

    @Test
    void healthShowsItsComponentsOnlyToAnAdministrator() throws Exception {
        for (String who : Arrays.asList(null, "board", "officer")) {
            assertThat(health(who))
                    .as(who == null ? "anonymous" : who)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components", "db", "diskSpace");
        }
        assertThat(health("admin")).contains("\"components\"", "\"db\":{\"status\":\"UP\"}", "\"diskSpace\"");
    }

    private String health(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (username != null) {
            String login = client.send(
                            HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            String csrf = Jsoup.parse(login).selectFirst("input[name=_csrf]").val();
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + username
                                    + "&password=demo-password&_csrf="
                                    + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location"))
                    .as(username + " signed in")
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "locked"));
        }
        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        return health.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
