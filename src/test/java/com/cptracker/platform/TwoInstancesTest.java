package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.CorporateParentingTrackerApplication;
import com.cptracker.support.TestDatabaseConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer that does not keep a person on one
 * instance. They start together on an empty database and load the demo data once between them; then one browser's
 * requests go to either: signed in on one, signed in on the other; a form (and its CSRF token) from one is accepted by
 * the other; what is saved on one is read on the other; a quarter published on one is published on the other; and
 * signing out on one ends the session on both. Real HTTP, real sessions in the database, no shared memory.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class TwoInstancesTest {

    private static final String S = "/strategies/cheshire-east-2018-20";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Instance a;
    private static Instance b;
    private static JdbcTemplate jdbc;

    /** One application, by its port. */
    private record Instance(String name, int port) {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    @BeforeAll
    static void startTwoInstancesTogether(CapturedOutput output) {
        JdbcConnectionDetails database = TestDatabaseConfiguration.freshEmbeddedDatabase();
        // Command-line arguments, so that they win over the test's config/application.properties, which switches the
        // database session store off for MockMvc tests.
        String[] args = TestDatabaseConfiguration.applicationArguments(
                database,
                "--spring.autoconfigure.exclude=",
                "--cptracker.demo-data.enabled=true",
                "--spring.datasource.hikari.maximum-pool-size=5");
        // Two threads of their own: the common pool may have only one on a small machine, and they must overlap
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var one = CompletableFuture.supplyAsync(() -> start(args), threads);
            var two = CompletableFuture.supplyAsync(() -> start(args), threads);
            CompletableFuture.allOf(one, two).exceptionally(e -> null).join();
            first = one.isCompletedExceptionally() ? null : one.join(); // closed by stopBoth even if the other failed
            second = two.isCompletedExceptionally() ? null : two.join();
            one.join();
            two.join();
        } finally {
            threads.shutdown();
        }
        a = new Instance("A", port(first));
        b = new Instance("B", port(second));
        jdbc = first.getBean(JdbcTemplate.class);

        assertThat(a.port()).isNotEqualTo(b.port());
        assertThat(count(output.getOut(), "Loaded the demo data"))
                .as("instances that loaded the demo data")
                .isOne();
        assertThat(count(output.getOut(), "The database already holds data"))
                .as("instances that found it loaded")
                .isOne();
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(CorporateParentingTrackerApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * The instances that logged the phrase. Distinct lines, as two applications starting together in one JVM may
     * each add a console appender to the one logging system and so print every line twice; the thread tells them
     * apart.
     */
    private static long count(String text, String phrase) {
        return text.lines().filter(l -> l.contains(phrase)).distinct().count();
    }

    @AfterAll
    static void stopBoth() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        first = null;
        second = null;
        jdbc = null;
    }

    @Test
    @Order(1)
    void theDemoDataIsThereOnceForBoth() {
        assertThat(jdbc.queryForList("select username from user_account order by username", String.class))
                .containsExactly("admin", "board", "officer");
        assertThat(jdbc.queryForObject("select count(*) from strategy", Integer.class))
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void signedInOnOneIsSignedInOnTheOtherAndWhatIsSavedOnOneIsReadOnTheOther() throws Exception {
        Browser officer = new Browser();
        officer.signIn(a, "officer");
        Document my = officer.page(b, "/my");
        assertThat(my.select(".app-navigation__account").text()).isEqualTo("Signed in as officer");

        String ref = my.select("section[aria-labelledby=strategy-cheshire-east-2018-20] tbody tr").stream()
                .filter(r ->
                        !r.select("a[href$=/update]").isEmpty() && !r.text().contains("Complete"))
                .map(r -> r.selectFirst("td.app-ref").text())
                .findFirst()
                .orElseThrow();
        String url = S + "/actions/" + ref + "/update";
        Document form = officer.page(a, url);
        String progress = "Written through instance B, " + UUID.randomUUID();

        // The form, its version and its CSRF token from A, sent to B
        Answer saved = officer.post(
                b,
                url,
                "_csrf",
                csrf(form),
                "version",
                form.select("input[name=version]").val(),
                "progress",
                progress,
                "assessment",
                "ON_TRACK",
                "step",
                "submit",
                "riskComment",
                "Needed if the action is overdue: what is being done about it");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/my");

        // The confirmation is kept in the session, so A shows it after B saved
        Document after = officer.page(a, "/my");
        assertThat(after.select(".govuk-notification-banner").text())
                .contains("Update submitted for " + ref + ", 2019-20 Q4");
        Document again = officer.page(a, url);
        assertThat(again.select("textarea[name=progress]").text()).isEqualTo(progress);
        assertThat(again.select(".govuk-inset-text").text()).contains("You have submitted this update");

        Answer forged = officer.post(
                a,
                url,
                "_csrf",
                "not-the-token",
                "version",
                "0",
                "progress",
                "x",
                "assessment",
                "ON_TRACK",
                "step",
                "submit");
        assertThat(forged.status()).as("a made-up CSRF token").isEqualTo(403);
    }

    @Test
    @Order(3)
    void aQuarterPublishedOnOneIsPublishedOnTheOther() throws Exception {
        Browser board = new Browser();
        board.signIn(b, "board");
        String q4 = S + "/scorecard/2019-20-Q4";
        assertThat(board.get(b, q4).status()).as("not yet published").isEqualTo(404);
        assertThat(board.get(a, q4).status()).as("not yet published").isEqualTo(404);

        Browser admin = new Browser();
        admin.signIn(a, "admin");
        Element open = admin.page(b, S + "/quarters").select("tbody tr").last();
        assertThat(open.text()).contains("2019-20 Q4", "Open for updates");
        Answer closed = admin.post(
                a,
                S + "/quarters/2019-20-Q4",
                "_csrf",
                csrf(open),
                "version",
                open.select("input[name=version]").val(),
                "step",
                "CLOSE");
        assertThat(closed.status()).as(closed.body()).isEqualTo(302);

        Element close = admin.page(b, S + "/quarters").select("tbody tr").last();
        assertThat(close.text()).contains("2019-20 Q4", "Closed");
        Answer published = admin.post(
                a,
                S + "/quarters/2019-20-Q4",
                "_csrf",
                csrf(close),
                "version",
                close.select("input[name=version]").val(),
                "step",
                "PUBLISH");
        assertThat(published.status()).as(published.body()).isEqualTo(302);

        for (Instance instance : List.of(b, a)) {
            Answer scorecard = board.get(instance, q4);
            assertThat(scorecard.status())
                    .as("published, on " + instance.name())
                    .isEqualTo(200);
            assertThat(Jsoup.parse(scorecard.body()).select("h1").text()).isEqualTo("Scorecard, 2019-20 Q4");
        }
        assertThat(board.page(b, S).select("h2#priorities").text()).isEqualTo("Priorities in 2019-20 Q4");
    }

    @Test
    @Order(4)
    void signingOutOnOneEndsTheSessionOnBoth() throws Exception {
        Browser officer = new Browser();
        officer.signIn(b, "officer");
        String session = officer.cookies.get("SESSION");
        String id = new String(Base64.getDecoder().decode(session), StandardCharsets.US_ASCII);
        assertThat(jdbc.queryForObject(
                        "select principal_name from spring_session where session_id = ?", String.class, id))
                .as("the cookie names a session in the database")
                .isEqualTo("officer");
        assertThat(officer.get(a, "/my").status()).isEqualTo(200);

        Answer out = officer.post(b, "/logout", "_csrf", csrf(officer.page(a, "/my")));
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/login?signedOut");

        Browser stale = new Browser();
        stale.cookies.put("SESSION", session);
        for (Instance instance : List.of(a, b)) {
            Answer after = stale.get(instance, "/my");
            assertThat(after.status())
                    .as("the old session cookie on " + instance.name())
                    .isEqualTo(302);
            assertThat(after.location()).endsWith("/login");
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
                .as("the session in the database")
                .isZero();
    }

    private static String csrf(Element page) {
        String token = page.select("input[name=_csrf]").val();
        assertThat(token).as("the page's CSRF token").isNotBlank();
        return token;
    }

    private record Answer(int status, String location, String body) {}

    /**
     * One browser: its cookies go with every request, to whichever instance it is sent. Redirects are not followed,
     * so that each request's instance is chosen here.
     */
    private static final class Browser {

        private static final HttpClient HTTP = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        final Map<String, String> cookies = new LinkedHashMap<>();

        /** Reads the login form on an instance and signs in there. */
        void signIn(Instance instance, String username) throws IOException, InterruptedException {
            Document login = page(instance, "/login");
            Answer signedIn =
                    post(instance, "/login", "_csrf", csrf(login), "username", username, "password", "demo-password");
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.location())
                    .as("signed in, not sent back to the form")
                    .doesNotContain("error");
        }

        Document page(Instance instance, String path) throws IOException, InterruptedException {
            Answer answer = get(instance, path);
            assertThat(answer.status())
                    .as("GET " + path + " on " + instance.name())
                    .isEqualTo(200);
            return Jsoup.parse(answer.body());
        }

        Answer get(Instance instance, String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(instance.uri(path)).GET());
        }

        Answer post(Instance instance, String path, String... fields) throws IOException, InterruptedException {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.append(form.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(instance.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
            request.header("Accept", "text/html").timeout(Duration.ofSeconds(20));
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('=')).trim();
                String value = pair.substring(pair.indexOf('=') + 1).trim();
                if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        }
    }
}
