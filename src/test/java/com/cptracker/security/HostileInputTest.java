package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.PageForm;
import com.cptracker.support.SignedIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile values in every field of every form: never a 500, never stack or exception text, never a value rendered as
 * markup, and nothing invalid stored.
 */
@DemoApplicationTest
// Posts each form with valid values but one hostile field, version numbers among them, so whatever is accepted is saved
// to the demo data; and its failed sign-ins throttle the address every MockMvc test signs in from.
@OwnDatabase("hostile-input")
class HostileInputTest {

    static final int PER_FIELD = 30;
    static final String S = "/strategies/cheshire-east-2018-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A form: its fields, each sent hostile in turn, and fields sent as the page gave them (the values page's rows). */
    record Form(String who, String method, String url, Map<String, String> valid, Map<String, String> fixed) {

        Form(String who, String method, String url, Map<String, String> valid) {
            this(who, method, url, valid, Map.of());
        }
    }

    /** A Java exception's name, as a stack trace shows it: "NullPointerException", not the "Exceptions" page. */
    static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*Exception\\b");

    @Test
    void everyFieldOfEveryFormSurvivesHostileValues() throws Exception {
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        for (String who : List.of("board", "officer", "admin")) {
            sessions.put(who, SignedIn.as(mvc, who).session());
        }
        List<Form> forms = forms();
        List<String> hostile = HostileValues.generate(PER_FIELD, 42);
        int sent = 0;
        List<String> problems = new ArrayList<>();
        for (Form form : forms) {
            for (String field : form.valid().keySet()) {
                for (String value : hostile) {
                    Map<String, String> params = new LinkedHashMap<>(form.fixed());
                    params.putAll(form.valid());
                    params.put(field, value);
                    MockHttpServletRequestBuilder request = "GET".equals(form.method())
                            ? get(form.url())
                            : post(form.url()).with(csrf());
                    if (form.who() != null) {
                        request.session(sessions.get(form.who()));
                    }
                    params.forEach(request::param);
                    var response = mvc.perform(request).andReturn().getResponse();
                    sent++;
                    String body = response.getContentAsString();
                    if (response.getStatus() >= 500) {
                        problems.add(form.url() + " " + field + "=" + shorten(value) + " -> " + response.getStatus());
                    } else if (!Jsoup.parse(body)
                                    .select(HostileValues.PROBE + ", [onload], [onerror]")
                                    .isEmpty()
                            || EXCEPTION_NAME.matcher(body).find()
                            || body.contains("at com.cptracker")) {
                        problems.add(form.url() + " " + field + "=" + shorten(value) + " rendered unsafely");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1000);

        for (String page : List.of(
                S + "/scorecard/2019-20-Q4",
                S + "/actions?period=2019-20-Q4",
                "/my",
                S + "/measures/P1.2",
                "/admin/audit",
                S + "/values",
                S + "/quarters",
                "/")) {
            var html = mvc.perform(get(page).session(sessions.get("admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Document doc = Jsoup.parse(html);
            assertThat(doc.select(HostileValues.PROBE + ", [onload], [onerror], script:containsData(alert)"))
                    .as(page)
                    .isEmpty();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from measure_value v join measure m on m.id = v.measure_id
                where m.unit = 'PERCENTAGE' and (v.value < 0 or v.value > 100)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from progress_update where trim(progress) = ''", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from strategy where benchmark_margin_percent > 50", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from priority where reports_as_work_area and lead_user_id is null",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from risk where trim(title) = '' or trim(description) = ''", Integer.class))
                .isZero();
    }

    private List<Form> forms() throws Exception {
        String officerAction = jdbc.queryForObject("""
                select a.ref from action a join action_lead l on l.action_id = a.id
                join user_account u on u.id = l.user_id where u.username = 'officer' and a.status = 'ACTIVE'
                order by a.ref limit 1""", String.class);
        String[] values = PageForm.fieldsOf(SignedIn.as(mvc, "officer").page(S + "/values"), "form[action$=/values]");
        Map<String, String> rows = map(values);
        rows.remove("_csrf");
        String first = rows.keySet().stream()
                .filter(n -> n.startsWith("rows["))
                .findFirst()
                .orElseThrow();
        String row = first.substring(0, first.indexOf(']') + 1); // the first measure's, like rows[1234]
        List<Form> forms = new ArrayList<>();
        forms.add(new Form(null, "POST", "/login", map("username", "officer", "password", "wrong")));
        forms.add(new Form(
                "admin",
                "POST",
                "/strategies/bury-2024-26/status-settings",
                map(
                        "rollUpRule",
                        "MAJORITY",
                        "benchmarkMarginPercent",
                        "5",
                        "benchmarkMarginUnit",
                        "PERCENT",
                        "smallNumberMark",
                        "*",
                        "version",
                        "0")));
        forms.add(new Form(
                "admin",
                "POST",
                S + "/quarters/2019-20-Q4",
                map(
                        "step",
                        "CLOSE",
                        "deadline.day",
                        "30",
                        "deadline.month",
                        "4",
                        "deadline.year",
                        "2020",
                        "reason",
                        "Reason",
                        "version",
                        "999")));
        forms.add(new Form(
                "officer",
                "POST",
                S + "/actions/" + officerAction + "/update",
                map(
                        "step",
                        "draft",
                        "progress",
                        "Progress",
                        "assessment",
                        "AT_RISK",
                        "completedOn.day",
                        "",
                        "completedOn.month",
                        "",
                        "completedOn.year",
                        "",
                        "riskComment",
                        "Comment",
                        "proposedDueDate.day",
                        "1",
                        "proposedDueDate.month",
                        "1",
                        "proposedDueDate.year",
                        "2030",
                        "proposedDueReason",
                        "Reason",
                        "version",
                        "999")));
        forms.add(new Form(
                "officer",
                "POST",
                S + "/values",
                map(
                        "step",
                        "check",
                        row + ".value",
                        "50",
                        row + ".status",
                        "",
                        row + ".note",
                        "Note",
                        row + ".version",
                        rows.get(row + ".version")),
                rows));
        // Cheshire East's priority 1 reports as a work area, led by the officer, with an update the board saw in Q3
        long priority = jdbc.queryForObject("""
                update priority set reports_as_work_area = true, lead_user_id = (select id from user_account
                where username = 'officer') where number = 1 and strategy_id = (select id from strategy where slug =
                'cheshire-east-2018-20') returning id""", Long.class);
        jdbc.update("""
                insert into progress_update (priority_id, period_code, progress, assessment, state, author_name,
                created_at, submitted_at) values (?, '2019-20-Q3', 'Panel met', 'AT_RISK', 'SUBMITTED', 'Officer',
                timestamp '2020-01-10', timestamp '2020-01-10')""", priority);
        forms.add(new Form(
                "officer",
                "POST",
                S + "/priorities/1/update",
                map("step", "submit", "progress", "Progress", "assessment", "AT_RISK", "version", "999")));
        forms.add(new Form("admin", "POST", S + "/priorities/1/update/return", map("reason", "r", "version", "999")));
        forms.add(new Form(
                "admin",
                "POST",
                S + "/priorities/1/corrections/2019-20-Q3",
                map("progress", "Progress", "assessment", "ON_TRACK", "reason", "r", "version", "999")));
        forms.add(new Form(
                "admin",
                "POST",
                "/admin" + S + "/priorities/" + priority + "/reporting",
                map("reportsAsWorkArea", "true", "leadUserId", "", "version", "999")));
        forms.add(new Form(
                "admin",
                "POST",
                S + "/measures/P1.2/corrections/2019-20-Q3",
                map("value", "95", "note", "n", "reason", "r", "version", "999")));
        forms.add(new Form(
                "admin",
                "GET",
                "/admin/audit",
                map(
                        "user",
                        "admin",
                        "item",
                        "strategy",
                        "itemId",
                        "1",
                        "from.day",
                        "1",
                        "from.month",
                        "1",
                        "from.year",
                        "2020",
                        "to.day",
                        "1",
                        "to.month",
                        "1",
                        "to.year",
                        "2030")));
        forms.add(new Form(
                "board",
                "GET",
                S + "/scorecard/2019-20-Q3",
                map("priority", "1", "status", "RED", "worsening", "true")));
        forms.add(new Form(
                "board",
                "GET",
                S + "/actions",
                map("period", "2019-20-Q3", "priority", "2", "lead", "Virtual Headteacher", "status", "RED")));
        forms.add(new Form("board", "POST", "/my/email", map("delivery", "WEEKLY", "version", "999")));
        forms.add(new Form("admin", "GET", "/admin/mail", map("state", "FAILED")));
        forms.add(new Form("admin", "POST", "/admin/mail/1/retry", map("version", "999")));
        forms.addAll(selfAssessmentForms());
        forms.addAll(RiskLogForms.of(jdbc, S));
        forms.addAll(challengeForms());
        return forms;
    }

    /**
     * The challenge log's forms: a board member raising one on measure P1.2 (the item and the quarter, in the address,
     * hostile too), the officer answering one that awaits them, and the member following up one answered.
     */
    private List<Form> challengeForms() {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = String.valueOf(jdbc.queryForObject("""
                    insert into challenge (strategy_id, subject_kind, subject_id, subject_ref, subject, priority_id,
                        period_code, question, raised_by_id, raised_by_name, raised_at, owner_ids, owner_names, state)
                    select m.strategy_id, 'MEASURE', m.id, m.ref, 'Measure P1.2', m.priority_id, '2019-20-Q3', 'Why?',
                        b.id, 'Board member', now(), array[o.id], 'Officer', ?
                    from measure m, user_account b, user_account o where m.ref = 'P1.2' and b.username = 'board'
                    and o.username = 'officer' and m.strategy_id = (select id from strategy
                    where slug = 'cheshire-east-2018-20') returning id""", Long.class, i == 0 ? "AWAITING_ANSWER" : "ANSWERED"));
        }
        return List.of(
                new Form(
                        "board",
                        "POST",
                        S + "/challenges/new",
                        map(
                                "on",
                                "measure:P1.2",
                                "period",
                                "2019-20-Q3",
                                "question",
                                "Why?",
                                "answerBy.day",
                                "1",
                                "answerBy.month",
                                "6",
                                "answerBy.year",
                                "2030")),
                new Form(
                        "officer",
                        "POST",
                        S + "/challenges/" + ids[0] + "/answer",
                        map("words", "Because.", "version", "999")),
                new Form(
                        "board",
                        "POST",
                        S + "/challenges/" + ids[1] + "/follow-up",
                        map(
                                "words",
                                "And then?",
                                "answerBy.day",
                                "1",
                                "answerBy.month",
                                "6",
                                "answerBy.year",
                                "2030",
                                "version",
                                "999")));
    }

    /**
     * The self-assessment's forms: the framework, a step of its scale and a criterion as an administrator enters them,
     * and a rating by the criterion's lead in the quarter that is open (a framework set up for it first).
     */
    private List<Form> selfAssessmentForms() {
        long strategyId =
                jdbc.queryForObject("select id from strategy where slug = 'cheshire-east-2018-20'", Long.class);
        String officer = String.valueOf(
                jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class));
        jdbc.update("insert into assessment_framework (strategy_id, name) values (?, 'Principles')", strategyId);
        String level = String.valueOf(jdbc.queryForObject("""
                insert into assessment_level (framework_id, position, words, colour)
                select id, 1, 'Good', 'GREEN' from assessment_framework where strategy_id = ? returning id""", Long.class, strategyId));
        String criterion = String.valueOf(jdbc.queryForObject("""
                insert into assessment_criterion (framework_id, position, ref, title, lead_user_id)
                select id, 1, '(a)', 'Best interests', ? from assessment_framework where strategy_id = ? returning id""", Long.class, Long.parseLong(officer), strategyId));
        String open = jdbc.queryForObject(
                "select min(period_code) from reporting_quarter where strategy_id = ? and state = 'OPEN'",
                String.class,
                strategyId);
        String admin = "/admin" + S + "/self-assessment";
        return List.of(
                new Form(
                        "admin",
                        "POST",
                        admin + "/framework",
                        map("name", "Principles", "source", "Act", "description", "Text", "version", "")),
                new Form(
                        "admin",
                        "POST",
                        admin + "/scale/new",
                        map("words", "Partly met", "description", "Text", "colour", "AMBER")),
                new Form(
                        "admin",
                        "POST",
                        admin + "/criteria/new",
                        map(
                                "ref",
                                "(b)",
                                "title",
                                "Views",
                                "description",
                                "Text",
                                "leadTitle",
                                "Head of Service",
                                "leadUserId",
                                officer)),
                new Form(
                        "officer",
                        "POST",
                        S + "/self-assessment/" + open + "/criteria/" + criterion,
                        map(
                                "levelId",
                                level,
                                "evidence",
                                "Evidence",
                                "actionIds",
                                "1",
                                "measureIds",
                                "1",
                                "reason",
                                "Reason",
                                "version",
                                "-1")));
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
