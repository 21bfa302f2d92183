package com.cptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.reporting.QuarterService;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyRecords.NewPriority;
import com.cptracker.strategy.StrategyRecords.NewStatement;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.transfer.ImportProblem;
import com.cptracker.transfer.StrategyImportService;
import com.cptracker.transfer.ValuesImport.Preview;
import com.cptracker.transfer.ValuesImport.PreviewRow;
import com.cptracker.transfer.ValuesImport.Scope;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * Every page the application serves, found from its request mappings so a new page cannot be missed, checked with axe
 * at desktop and mobile widths: the one place that checks each page as a plain GET shows it. Opened as an administrator
 * (who may see them all), but for the pages of one's own work, opened as the demo officer (an administrator has none);
 * and the sign-in page, before signing in, as it first shows, after a failed sign-in and after signing out. The
 * journeys only check what they alone reach (see {@link Journey}).
 */
class EveryPageAxeIT extends BrowserTestBase {

    static final String S = "cheshire-east-2018-20";

    /** The sign-in page's states, each reached by a GET alone; the journeys that pass through them only see them. */
    static final List<String> SIGN_IN_STATES = List.of("/login", "/login?error", "/login?signedOut");

    /** Pages of one's own work, opened as someone who has some: an administrator leads no action, owns no measure. */
    static final Map<String, String> OPENED_AS = Map.of("/my", "officer");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageMeetsWcag22AaAtBothWidths() {
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> !p.equals("/error") && !p.equals("/login"))
                        // a file to download (the scorecard as .xlsx, the board pack as a PDF: BoardPackTest checks
                        // its tags), not a page
                        .filter(p -> !p.matches(".*/[^/]*\\.[a-z]+$"))
                        .forEach(patterns::add);
            }
        }
        // a report of recommendations, one of them answered by action 1a: the demo strategies record none
        String source = id("insert into recommendation_source (strategy_id, position, title, kind, issued_on, made_by)"
                + " values (" + strategy() + ", 1, 'Scrutiny review of placement stability', 'Scrutiny review',"
                + " date '2019-03-01', 'Children and Families Overview and Scrutiny Committee') returning id");
        String recommendation = id("insert into recommendation (source_id, position, ref, text) values (" + source
                + ", 1, '1', 'That the Committee receives a report on placement moves each quarter.') returning id");
        jdbc.update(
                "insert into action_recommendation (recommendation_id, action_id) select ?, id from action"
                        + " where ref = '1a' and strategy_id = " + strategy(),
                Long.parseLong(recommendation));
        // the outbox (/admin/mail) with a failed mail, so that its "Try again" button is checked too
        jdbc.update("""
                insert into mail_outbox (dedupe_key, kind, recipient_id, recipient_name, recipient_address, subject,
                body, state, attempts, last_error, next_attempt_at, created_at) select 'axe-check', 'OVERDUE', id,
                display_name, 'officer@example.org', 'Overdue: your updates', 'Dear officer', 'FAILED', 8,
                'Connection refused', now(), now() from user_account where username = 'officer'""");
        Map<String, String> ids = Map.ofEntries(
                Map.entry("recommendations", source),
                Map.entry("actions", id("select id from action where ref = '1a' and strategy_id = " + strategy())),
                Map.entry("measures", id("select id from measure where ref = 'P1.2' and strategy_id = " + strategy())),
                Map.entry("priorities", id("select id from priority where number = 1 and strategy_id = " + strategy())),
                Map.entry("promises", id("select min(id) from promise where strategy_id = " + strategy())),
                Map.entry("sections", id("select min(id) from strategy_section where strategy_id = " + strategy())),
                Map.entry("bodies", id("select min(id) from governance_body where strategy_id = " + strategy())),
                Map.entry("partners", id("select min(id) from partner_organisation where strategy_id = " + strategy())),
                Map.entry("users", id("select id from user_account where username = 'officer'")),
                Map.entry("scale", selfAssessment()),
                // what children said, one entry shown in their words and one only as a summary: the administrator's
                // log, its form and the children's page (checked at 390 pixels like every page) read them
                Map.entry("voice", voiceEntries()),
                Map.entry("risks", riskLog()),
                Map.entry(
                        "criteria",
                        id("select min(c.id) from assessment_criterion c join assessment_framework f"
                                + " on f.id = c.framework_id where f.strategy_id = " + strategy())),
                // a challenge on measure P1.2 raised by the administrator, to be answered by the officer (on /my too)
                // and the administrator: its page shows the answer form and the button that marks it answered
                Map.entry("challenges", challenge()),
                // a job part way through, held by no instance that will finish it: its progress bar is checked
                Map.entry("jobs", id("""
                        insert into job (kind, started_by_id, started_by_name, file_name, state, progress_done,
                        progress_total, stage, attempts, created_at, started_at, claimed_by, lease_until)
                        select 'axe-check', id, username, 'values.csv', 'RUNNING', 4000, 10000, 'Checking the values',
                        1, now(), now(), 'nobody', now() + interval '1 day' from user_account
                        where username = 'admin' returning id""")));
        // a checked upload for each preview page: values ready to confirm, values with a problem, a workbook with one
        Map<String, String> checks = Map.of(
                "/strategies/{slug}/values/import/{job}", valuesCheck(Scope.QUARTER),
                "/admin/strategies/{slug}/values/import/{job}", valuesCheck(Scope.HISTORY),
                "/admin/import/{job}", workbookCheck());
        String riskLevel = id("select min(id) from risk_level where strategy_id = " + strategy());
        // the demo strategies have no theme: a theme's page is read on a strategy of its own, with no quarter opened
        String themed = themedStrategy();
        String statement = id("select min(s.id) from priority_statement s join priority p on p.id = s.priority_id "
                + "where p.number = 1 and p.strategy_id = " + strategy());
        // priority 1 reports as a work area, with an update the board saw in 2019-20 Q3: its update, return and
        // correction pages, and the work area's part of the priority page, /my and the action plan
        jdbc.update("update priority set reports_as_work_area = true, lead_user_id = (select id from user_account"
                + " where username = 'officer') where number = 1 and strategy_id = " + strategy());
        jdbc.update("insert into progress_update (priority_id, period_code, progress, assessment, state, author_name,"
                + " created_at, submitted_at) select id, '2019-20-Q3', 'Placements panel met monthly.', 'AT_RISK',"
                + " 'SUBMITTED', 'Officer', timestamp '2020-01-10', timestamp '2020-01-10' from priority"
                + " where number = 1 and strategy_id = " + strategy());

        Journey signedOut = journey("every-page-signed-out");
        for (String state : SIGN_IN_STATES) {
            assertThat(signedOut.page().navigate(signedOut.url(state)).status())
                    .as(state)
                    .isEqualTo(200);
            signedOut.check(state.replaceAll("[^a-zA-Z0-9]+", "-"));
        }
        int checked = SIGN_IN_STATES.size();

        for (var own : OPENED_AS.entrySet()) {
            assertThat(patterns.remove(own.getKey()))
                    .as(own.getKey() + " is a page")
                    .isTrue();
            Journey journey = journey("every-page-" + own.getValue());
            signIn(journey, own.getValue());
            journey.seen("home");
            assertThat(journey.page().navigate(journey.url(own.getKey())).status())
                    .as(own.getKey())
                    .isLessThan(400);
            journey.check(own.getKey().replaceAll("[^a-z0-9]+", "-"));
            checked++;
        }

        Journey journey = journey("every-page");
        Page page = journey.page();
        signIn(journey, "admin");
        for (String pattern : patterns) {
            String path = pattern.replace("{job}", checks.getOrDefault(pattern, "{job}"))
                    .replace("/risks/scale/{id}", "/risks/scale/" + riskLevel)
                    .replace("{slug}/themes/", themed + "/themes/")
                    .replace("{slug}", S)
                    .replace("{number}", "1")
                    .replace("{code}", "2019-20-Q4")
                    .replace("{period}", "2019-20-Q3")
                    .replace("{year}", "2019-20")
                    .replace("{statementId}", statement)
                    .replace("{recommendationId}", recommendation)
                    .replace("{ref}", pattern.contains("/measures/") ? "P1.2" : "1a");
            for (var e : ids.entrySet()) {
                path = path.replace(e.getKey() + "/{id}", e.getKey() + "/" + e.getValue());
            }
            assertThat(path).as(pattern).doesNotContain("{");
            var response = page.navigate(journey.url(path));
            assertThat(response.status()).as(path).isLessThan(400);
            journey.check(pattern.replaceAll("[^a-z0-9]+", "-"));
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
        System.out.println("EveryPageAxeIT: " + checked + " pages checked with axe at " + Journey.DESKTOP_WIDTH
                + " and " + Journey.MOBILE_WIDTH + " pixels");
    }

    /** A challenge awaiting an answer, overdue, with its first step; returns its id. */
    private String challenge() {
        String id = id("""
                insert into challenge (strategy_id, subject_kind, subject_id, subject_ref, subject, priority_id,
                    period_code, question, raised_by_id, raised_by_name, raised_at, owner_ids, owner_names, state,
                    answer_by)
                select m.strategy_id, 'MEASURE', m.id, m.ref, 'Measure ' || m.ref || ' ' || m.title, m.priority_id,
                    '2019-20-Q3', 'Why has this been red for three quarters?', a.id, a.display_name, now(),
                    array[o.id, a.id], 'Demo officer; Demo administrator', 'AWAITING_ANSWER', date '2020-01-31'
                from measure m, user_account a, user_account o
                where m.ref = 'P1.2' and m.strategy_id = %s and a.username = 'admin' and o.username = 'officer'
                returning id""".formatted(strategy()));
        jdbc.update("""
                insert into challenge_step (challenge_id, kind, words, answer_by, by_id, by_name, taken_at)
                select id, 'RAISED', question, answer_by, raised_by_id, raised_by_name, raised_at from challenge
                where id = ?""", Long.parseLong(id));
        return id;
    }

    /** A check of a strategy workbook with a problem, as its job would have kept it. */
    private String workbookCheck() {
        String job = checkJob("northshire.xlsx");
        jdbc.update(
                "insert into import_check (job_id, kind, strategy_id, fingerprint, preview, created_at)"
                        + " values (?, 'STRATEGY_WORKBOOK', null, '', ?, now())",
                Long.parseLong(job),
                json.writeValueAsString(new StrategyImportService.Preview(
                        "northshire.xlsx",
                        null,
                        List.of(new ImportProblem("Actions", 3, "Completion date", "Enter the completion date")),
                        0)));
        return job;
    }

    private String checkJob(String fileName) {
        return id("insert into job (kind, strategy_id, started_by_id, started_by_name, file_name, state,"
                + " created_at, started_at, finished_at) select 'axe-check', " + strategy() + ", id, username, '"
                + fileName + "', 'SUCCEEDED', now(), now(), now() from user_account where username = 'admin'"
                + " returning id");
    }

    /** A check of values.csv as its job would have kept it: ready to confirm, or, for a history, with a problem. */
    private String valuesCheck(Scope scope) {
        String job = checkJob("values.csv");
        boolean problem = scope == Scope.HISTORY;
        Preview preview = new Preview(
                "values.csv",
                S,
                scope,
                problem ? "History" : "2019-20 Q4",
                List.of(
                        new PreviewRow(
                                2,
                                "P1.2",
                                "Percentage of cared for children with an up to date health assessment",
                                "2019-20 Q4",
                                "c",
                                Mark.CONFIDENTIAL.meaning(),
                                Verdict.of(Status.NOT_RATED, "The value is withheld with a mark"),
                                false,
                                List.of()),
                        new PreviewRow(
                                3,
                                "P1.3",
                                "Percentage of cared for children with up to date immunisations",
                                "2019-20 Q4",
                                problem ? "lots" : "96.1%",
                                null,
                                problem ? null : Verdict.of(Status.GREEN, "96.1 is above the target of 95"),
                                false,
                                problem ? List.of("Value: Enter the figure for P1.3 as a number") : List.of())),
                problem
                        ? List.of(new ImportProblem("Values", 3, "Value", "Enter the figure for P1.3 as a number"))
                        : List.of(),
                1,
                "axe");
        jdbc.update(
                "insert into import_check (job_id, kind, strategy_id, fingerprint, preview, created_at)"
                        + " values (?, 'VALUES', ?, 'axe', ?, now())",
                Long.parseLong(job),
                Long.parseLong(strategy()),
                json.writeValueAsString(preview));
        return job;
    }

    /** A strategy with a cross-cutting theme after its one priority, and the theme's statement. */
    private String themedStrategy() {
        String slug = "axe-themes";
        long id = strategies.createStrategy(new NewStrategy(
                slug,
                "Corporate parenting strategy with a theme",
                null,
                "Testshire Council",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2026, 3, 31),
                StrategyStatus.CURRENT,
                null,
                null,
                false,
                List.of()));
        strategies.addPriority(
                id,
                new NewPriority(
                        "Cross-cutting theme",
                        1,
                        "Health and wellbeing",
                        null,
                        null,
                        null,
                        "Designated Nurse",
                        null,
                        List.of(),
                        List.of(new NewStatement("a", StatementKind.OUTCOME_STATEMENT, "You are healthy")),
                        PriorityKind.THEME));
        return slug;
    }

    /**
     * A self-assessment framework on the strategy, with a rating in the quarter the pages are opened for, kept in the
     * quarter's edition by a published correction; the id of a step of its scale.
     */
    private String selfAssessment() {
        long strategyId = Long.parseLong(strategy());
        jdbc.update(
                "insert into assessment_framework (strategy_id, name, source) values (?, 'The corporate"
                        + " parenting principles', 'Children and Social Work Act 2017')",
                strategyId);
        jdbc.update("""
                insert into assessment_level (framework_id, position, words, colour)
                select id, 1, 'Good', 'GREEN' from assessment_framework where strategy_id = ?
                union all select id, 2, 'Requires improvement', 'AMBER' from assessment_framework where strategy_id = ?""", strategyId, strategyId);
        jdbc.update("""
                insert into assessment_criterion (framework_id, position, ref, title, lead_title, lead_user_id)
                select f.id, 1, '(a)', 'to act in the best interests of those children and young people',
                'Head of Service', u.id from assessment_framework f, user_account u
                where f.strategy_id = ? and u.username = 'officer'""", strategyId);
        jdbc.update("""
                insert into assessment_rating (criterion_id, period_code, period_end, level_id, evidence, action_ids,
                    measure_ids, entered_by_name, entered_at)
                select c.id, '2019-20-Q3', date '2019-12-31', l.id, 'Health assessments on time: 89%',
                    array(select id from action where strategy_id = f.strategy_id and ref = '1a'),
                    array(select id from measure where strategy_id = f.strategy_id and ref = 'P1.2'), 'officer',
                    timestamptz '2000-01-01'
                from assessment_framework f join assessment_criterion c on c.framework_id = f.id
                join assessment_level l on l.framework_id = f.id and l.position = 1 where f.strategy_id = ?""", strategyId);
        StrategySummary s = strategies.byId(strategyId);
        quarters.statuses(strategyId, s.quarters()).stream()
                .filter(q -> q.quarter().code().equals("2019-20-Q3") && q.published())
                .findFirst()
                .ifPresent(q ->
                        quarters.publishCorrection(strategyId, "2019-20-Q3", "Self-assessment added", q.version()));
        return id("select min(l.id) from assessment_level l join assessment_framework f on f.id = l.framework_id"
                + " where f.strategy_id = " + strategyId);
    }

    /** Two entries of "You said, we did", linked to the first promise and action 1a; the id of the first. */
    private String voiceEntries() {
        long strategyId = Long.parseLong(strategy());
        String first = null;
        for (int n = 1; n <= 2; n++) {
            String entry = id("insert into voice_entry (strategy_id, number, changed_at) values (" + strategyId + ", "
                    + n + ", now()) returning id");
            jdbc.update(
                    """
                    insert into voice_entry_state (entry_id, source_kind, source_name, heard_on, words, consent,
                        summary, status, what_we_did, promise_ids, action_ids, recorded_at, recorded_by_name)
                    values (?, 'Children in Care Council meeting', 'Children in Care Council, March 2020',
                        date '2020-03-12', 'We want to see our social worker more.', ?, ?, 'IN_PROGRESS',
                        'We are hiring two more social workers.',
                        array(select min(id) from promise where strategy_id = ?),
                        array(select id from action where strategy_id = ? and ref = '1a'), now(), 'admin')""",
                    Long.parseLong(entry),
                    n == 1,
                    n == 1 ? null : "Some young people want more time with their social worker.",
                    strategyId,
                    strategyId);
            first = first == null ? entry : first;
        }
        return first;
    }

    /**
     * An issues and risks log on the strategy: a three-step scale and a risk the officer owns, raised, reviewed (its
     * review now overdue) and mitigated long before the quarters were published; the risk's id.
     */
    private String riskLog() {
        long strategyId = Long.parseLong(strategy());
        jdbc.update("""
                insert into risk_level (strategy_id, position, words, colour)
                values (?, 1, 'Low', 'GREEN'), (?, 2, 'Medium', 'AMBER'), (?, 3, 'High', 'RED')""", strategyId, strategyId, strategyId);
        String risk = id("""
                insert into risk (strategy_id, kind, title, description, owner_id, level_id, state, review_date,
                    priority_ids, raised_by_name, raised_at)
                select s.id, 'RISK', 'Placement sufficiency for older children', 'Too few local placements.', u.id,
                    (select id from risk_level where strategy_id = s.id and position = 3), 'OPEN', date '2020-01-01',
                    array(select id from priority where strategy_id = s.id and number = 1), 'Officer',
                    timestamptz '2000-01-01'
                from strategy s, user_account u where s.id = %d and u.username = 'officer' returning id""".formatted(strategyId));
        jdbc.update("""
                insert into risk_entry (risk_id, step, kind, title, owner_id, owner_name, level_id, level_words,
                    level_colour, state, review_date, note, entered_by_name, entered_at)
                select id, s.step, kind, title, owner_id, 'Officer', level_id, 'High', 'RED', 'OPEN', review_date,
                    s.note, 'Officer', timestamptz '2000-01-01' + s.n * interval '1 day'
                from risk, (values (0, 'RAISED', null), (1, 'REVIEWED', 'Two providers withdrew.')) s (n, step, note)
                where id = ?""", Long.parseLong(risk));
        jdbc.update("""
                insert into risk_mitigation (risk_id, done_on, text, entered_by_name, entered_at)
                values (?, date '2000-01-02', 'Commissioning two local homes.', 'Officer', timestamptz '2000-01-02')""", Long.parseLong(risk));
        return risk;
    }

    private String strategy() {
        return String.valueOf(jdbc.queryForObject("select id from strategy where slug = ?", Long.class, S));
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }
}
