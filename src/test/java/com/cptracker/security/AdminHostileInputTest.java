package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Hostile values in every field of every administration form: never a 500, never exception text, never a value
 * rendered as markup. Each form is posted with valid values but one field hostile.
 */
@AdminApplicationTest
class AdminHostileInputTest {

    static final int PER_FIELD = 60;
    static final String S = "/admin/strategies/hostile-2024-26";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFieldOfEveryAdministrationFormSurvivesHostileValues() throws Exception {
        MockHttpSession admin = SignedIn.as(mvc, "admin").session();
        Map<String, String> strategy = map(
                "title",
                "Hostile test",
                "subtitle",
                "",
                "council",
                "Testshire",
                "slug",
                "hostile-2024-26",
                "startsOn.day",
                "1",
                "startsOn.month",
                "4",
                "startsOn.year",
                "2024",
                "endsOn.day",
                "31",
                "endsOn.month",
                "3",
                "endsOn.year",
                "2026",
                "status",
                "DRAFT",
                "vision",
                "",
                "contact",
                "",
                "version",
                "");
        mvc.perform(post("/admin/strategies/new").session(admin).with(csrf()).params(params(strategy)));
        long strategyId = jdbc.queryForObject("select id from strategy where slug = 'hostile-2024-26'", Long.class);
        mvc.perform(post(S + "/priorities/new")
                .session(admin)
                .with(csrf())
                .params(params(map("label", "Pledge", "number", "1", "title", "P", "version", ""))));
        long priority = jdbc.queryForObject("select id from priority where strategy_id = ?", Long.class, strategyId);
        mvc.perform(post(S + "/actions/new")
                .session(admin)
                .with(csrf())
                .params(params(map(
                        "ref",
                        "1a",
                        "text",
                        "A",
                        "priorityId",
                        String.valueOf(priority),
                        "due",
                        "Ongoing",
                        "lead1Title",
                        "Lead",
                        "version",
                        ""))));
        long action = jdbc.queryForObject("select id from action where strategy_id = ?", Long.class, strategyId);
        mvc.perform(post(S + "/measures/new")
                .session(admin)
                .with(csrf())
                .params(params(map(
                        "ref",
                        "M1",
                        "title",
                        "M",
                        "unit",
                        "NUMBER",
                        "polarity",
                        "HIGHER_IS_BETTER",
                        "frequency",
                        "QUARTERLY",
                        "version",
                        ""))));
        long measure = jdbc.queryForObject("select id from measure where strategy_id = ?", Long.class, strategyId);
        long user = jdbc.queryForObject("select id from user_account where username = 'board'", Long.class);
        Map<String, String> source = map(
                "title",
                "Scrutiny review",
                "kind",
                "Scrutiny review",
                "issuedOn.day",
                "1",
                "issuedOn.month",
                "3",
                "issuedOn.year",
                "2024",
                "madeBy",
                "Scrutiny Panel",
                "link",
                "",
                "version",
                "");
        mvc.perform(post(S + "/recommendations/new").session(admin).with(csrf()).params(params(source)));
        long review = jdbc.queryForObject(
                "select id from recommendation_source where strategy_id = ?", Long.class, strategyId);

        List<Map.Entry<String, Map<String, String>>> forms = List.of(
                Map.entry("/admin/strategies/new", map(strategy, "slug", "hostile-two")),
                Map.entry(S + "/edit", map(strategy, "version", "999")),
                Map.entry(S + "/archive", map("version", "999")),
                Map.entry(
                        S + "/priorities/new",
                        map(
                                "label",
                                "Pledge",
                                "number",
                                "2",
                                "title",
                                "T",
                                "statement",
                                "",
                                "vision",
                                "",
                                "challenge",
                                "",
                                "leadTitle",
                                "",
                                "workstreamId",
                                "",
                                "partnerIds",
                                "1",
                                "version",
                                "")),
                Map.entry(S + "/priorities/" + priority + "/move", map("direction", "up")),
                Map.entry(
                        S + "/priorities/" + priority + "/statements/new",
                        map("kind", "COMMITMENT", "text", "x", "version", "999")),
                Map.entry(
                        S + "/actions/new",
                        map(
                                "ref",
                                "1a",
                                "text",
                                "A",
                                "priorityId",
                                String.valueOf(priority),
                                "statementId",
                                "",
                                "due",
                                "March 2026",
                                "lead1Title",
                                "L",
                                "lead1User",
                                "",
                                "lead2Title",
                                "",
                                "lead2User",
                                "",
                                "lead3Title",
                                "",
                                "lead3User",
                                "",
                                "partnerIds",
                                "",
                                "successMeasure",
                                "",
                                "crossReference",
                                "",
                                "recommendationIds",
                                "",
                                "version",
                                "")),
                Map.entry(S + "/recommendations/new", source),
                Map.entry(S + "/recommendations/" + review + "/edit", map(source, "version", "999")),
                Map.entry(
                        S + "/recommendations/" + review + "/recommendations/new",
                        map("ref", "3", "text", "That the Panel reviews progress.", "version", "")),
                Map.entry(
                        S + "/actions/" + action + "/status",
                        map("status", "CANCELLED", "reason", "r", "version", "999")),
                Map.entry(
                        S + "/measures/new",
                        map(
                                "ref",
                                "M1",
                                "title",
                                "M",
                                "definition",
                                "",
                                "priorityId",
                                "",
                                "statementId",
                                "",
                                "unit",
                                "NUMBER",
                                "polarity",
                                "HIGHER_IS_BETTER",
                                "frequency",
                                "ANNUAL",
                                "ownerTitle",
                                "",
                                "ownerUserId",
                                "",
                                "cypPlanPriority",
                                "",
                                "corporatePriority",
                                "",
                                "version",
                                "")),
                Map.entry(
                        S + "/measures/" + measure + "/targets",
                        map(
                                "year",
                                "2024-25",
                                "target",
                                "5",
                                "targetLow",
                                "",
                                "targetHigh",
                                "",
                                "amberThreshold",
                                "1",
                                "reason",
                                "r",
                                "version",
                                "999")),
                Map.entry(
                        S + "/measures/" + measure + "/benchmarks",
                        map("year", "2024-25", "statNeighbour", "5", "national", "6", "source", "s", "version", "999")),
                Map.entry(
                        S + "/targets/2024-25",
                        map(
                                "rows[" + measure + "].target",
                                "5",
                                "rows[" + measure + "].amberThreshold",
                                "1",
                                "rows[" + measure + "].statNeighbour",
                                "5",
                                "rows[" + measure + "].national",
                                "6",
                                "rows[" + measure + "].targetVersion",
                                "-1",
                                "rows[" + measure + "].benchmarkVersion",
                                "-1",
                                "reason",
                                "r")),
                Map.entry(
                        S + "/promises/new",
                        map(
                                "text",
                                "We will",
                                "actionIds",
                                String.valueOf(action),
                                "measureIds",
                                String.valueOf(measure),
                                "version",
                                "999")),
                Map.entry(
                        S + "/governance/bodies/new",
                        map(
                                "name",
                                "Board",
                                "kind",
                                "BOARD",
                                "description",
                                "",
                                "membership",
                                "",
                                "chairTitle",
                                "",
                                "reportsToId",
                                "",
                                "version",
                                "999")),
                Map.entry(S + "/governance/partners/new", map("name", "NHS", "description", "", "version", "999")),
                Map.entry(
                        "/admin/users/new",
                        map(
                                "username",
                                "board",
                                "displayName",
                                "D",
                                "email",
                                "",
                                "jobTitle",
                                "",
                                "roles",
                                "OFFICER",
                                "password",
                                "a long enough passphrase")),
                Map.entry(
                        "/admin/users/" + user + "/edit",
                        map(
                                "displayName",
                                "D",
                                "email",
                                "",
                                "jobTitle",
                                "",
                                "roles",
                                "BOARD_MEMBER",
                                "version",
                                "999")),
                Map.entry("/admin/users/" + user + "/enabled", map("enabled", "true", "version", "999")),
                Map.entry(
                        "/admin/users/" + user + "/password",
                        map("password", "a long enough passphrase", "version", "999")));

        // Every other value keeps the suite quick; the markup probes and NUL are always sent.
        List<String> all = HostileValues.generate(PER_FIELD, 7);
        List<String> hostile = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String v = all.get(i);
            if (i % 2 == 0 || v.contains(HostileValues.PROBE) || v.indexOf('\u0000') >= 0) {
                hostile.add(v);
            }
        }
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (var form : forms) {
            for (String field : form.getValue().keySet()) {
                for (String value : hostile) {
                    Map<String, String> values = new LinkedHashMap<>(form.getValue());
                    values.put(field, value);
                    var response = mvc.perform(post(form.getKey())
                                    .session(admin)
                                    .with(csrf())
                                    .params(params(values)))
                            .andReturn()
                            .getResponse();
                    sent++;
                    String body = response.getContentAsString();
                    if (response.getStatus() >= 500) {
                        problems.add(
                                form.getKey() + " " + field + "=" + shorten(value) + " -> " + response.getStatus());
                    } else if (!Jsoup.parse(body)
                                    .select(HostileValues.PROBE + ", [onload], [onerror]")
                                    .isEmpty()
                            || body.contains("Exception")
                            || body.contains("at com.cptracker")) {
                        problems.add(form.getKey() + " " + field + "=" + shorten(value) + " rendered unsafely");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(sent).isGreaterThan(3000);

        for (String page : List.of(
                S,
                S + "/actions",
                S + "/measures",
                S + "/measures/" + measure,
                S + "/targets/2024-25",
                S + "/promises",
                S + "/recommendations",
                S + "/recommendations/" + review,
                S + "/governance",
                S + "/priorities/" + priority,
                "/admin/users",
                "/admin/audit")) {
            var html = mvc.perform(get(page).session(admin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html)
                            .select(HostileValues.PROBE + ", [onload], [onerror], script:containsData(alert)"))
                    .as(page)
                    .isEmpty();
        }
    }

    private static MultiValueMap<String, String> params(Map<String, String> values) {
        var params = new LinkedMultiValueMap<String, String>();
        values.forEach(params::add);
        return params;
    }

    private static Map<String, String> map(Map<String, String> base, String... kv) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.putAll(map(kv));
        return m;
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
