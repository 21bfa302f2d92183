package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.actions.ActionService;
import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import com.cptracker.assessment.AssessmentEdits.FrameworkFields;
import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.benchmark.CouncilGenerator;
import com.cptracker.benchmark.CouncilGenerator.GeneratedStrategy;
import com.cptracker.benchmark.CouncilShape;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureService;
import com.cptracker.recommendations.RecommendationAdminService;
import com.cptracker.recommendations.Recommendations.SourceFields;
import com.cptracker.reporting.QuarterPublished;
import com.cptracker.reporting.QuarterService;
import com.cptracker.scale.ScaleStep;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestDatabaseConfiguration;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every board page, and the scorecard and the action plan as files, runs the same number of SQL statements whatever
 * the size of the strategy: counted on the Cheshire East demo (87 actions, 56 measures, 8 quarters), on a strategy ten
 * times its size (870 actions, 560 measures) and on one strategy of the benchmark's large council (500 actions with 8
 * updates each, 100 measures with 40 quarters of values), both entered by the benchmark's generator. Each has a report
 * of six recommendations that every action answers one of, kept with the quarter by a published correction, so the
 * action plan's column, its filter by report and the report's page are counted at every size too; each also has a
 * self-assessment in proportion.
 */
@SpringBootTest(
        properties = {
            "cptracker.demo-data.enabled=true",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"
        })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PageQueryCountTest {

    static final String Q = "2019-20-Q2";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    StrategyService strategies;

    @Autowired
    GovernanceService governance;

    @Autowired
    ActionService actions;

    @Autowired
    MeasureService measures;

    @Autowired
    QuarterService quarters;

    @Autowired
    RecommendationAdminService recommendations;

    @Autowired
    Editions editions;

    @Autowired
    FrameworkAdminService frameworks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageRunsAFixedNumberOfStatementsWhateverTheSizeOfTheStrategy() throws Exception {
        CouncilGenerator generator = new CouncilGenerator(strategies, governance, actions, measures, quarters);
        GeneratedStrategy tenTimes = generator.generate(CouncilShape.tenTimesCheshireEast(), 1);
        GeneratedStrategy large = generator.generate(CouncilShape.largeCouncilStrategy(), 1);
        // A self-assessment on each, its size in proportion: 7 criteria on the demo, 70 on the larger two, each rated
        // in every quarter up to the one counted, citing actions and measures; kept in the quarters' editions by a
        // published correction.
        selfAssessment(strategies.bySlug("cheshire-east-2018-20").id(), Q, 7);
        selfAssessment(tenTimes.id(), Q, 70);
        selfAssessment(large.id(), large.latestPublished(), 70);
        // What children said, in proportion: 5 entries on the demo, 50 on the larger two, each changed in the quarter
        // counted, answering a promise, actions and measures.
        voice(strategies.bySlug("cheshire-east-2018-20").id(), Q, 5);
        voice(tenTimes.id(), Q, 50);
        voice(large.id(), large.latestPublished(), 50);
        // An issues and risks log on each, its size in proportion, every item reviewed and mitigated before the
        // quarter was published: the pack reads it as it stood then.
        risks(strategies.bySlug("cheshire-east-2018-20").id(), 5);
        risks(tenTimes.id(), 50);
        risks(large.id(), 50);
        // A challenge, answered, on every measure and action of each: the item pages, the log and the pack list them.
        for (long id : List.of(strategies.bySlug("cheshire-east-2018-20").id(), tenTimes.id(), large.id())) {
            challenges(id);
        }
        MockHttpSession session = SignedIn.as(mvc, "board").session();
        long demo = strategies.bySlug("cheshire-east-2018-20").id();
        Map<String, Long> small = counts(session, "cheshire-east-2018-20", Q, answered(demo, Q));
        Map<String, Long> big = counts(session, tenTimes.slug(), Q, answered(tenTimes.id(), Q));
        Map<String, Long> longest =
                counts(session, large.slug(), large.latestPublished(), answered(large.id(), large.latestPublished()));
        System.out.println("Statements per page (demo / ten times / large council's strategy): " + small + " / " + big
                + " / " + longest);
        // A theme's page is a priority's page: the generated strategies have one after their pledges.
        for (String slug : List.of(tenTimes.slug(), large.slug())) {
            String period = slug.equals(large.slug()) ? large.latestPublished() : Q;
            assertThat(count(session, "/strategies/" + slug + "/themes/1?period=" + period))
                    .isEqualTo(small.get("/strategies/S/priorities/2?period=Q"));
        }
        assertThat(big).isEqualTo(small);
        assertThat(longest).isEqualTo(small);
        // The pack reads most: every section of the quarter (work areas, the self-assessment, "You said, we did", the
        // issues and risks log as it stood at publication and the challenges among them, the last two reading when the
        // quarter before was published once between them), 24 statements.
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(24L));
        // The board pack's PDF reads what its web page reads (counted above at every size), and reads it once.
        assertThat(count(session, "/strategies/cheshire-east-2018-20/pack/" + Q + ".pdf"))
                .isEqualTo(small.get("/strategies/S/pack/Q"));
    }

    /**
     * Records a scrutiny review of six recommendations, each action of the strategy answering one, and publishes a
     * correction of the quarter so that the board's pages of it keep them; returns the review's id.
     */
    private long answered(long strategyId, String period) {
        long source = recommendations.createSource(
                strategyId,
                new SourceFields(
                        "Scrutiny review of placement stability",
                        "Scrutiny review",
                        LocalDate.of(2019, 3, 1),
                        "Children and Families Scrutiny Committee",
                        null));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ids.add(recommendations.addRecommendation(strategyId, source, String.valueOf(i), "Recommendation " + i));
        }
        List<Long> actionIds =
                jdbc.queryForList("select id from action where strategy_id = ? order by id", Long.class, strategyId);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < actionIds.size(); i++) {
            links.add(new Object[] {ids.get(i % ids.size()), actionIds.get(i)});
        }
        jdbc.batchUpdate("insert into action_recommendation (recommendation_id, action_id) values (?, ?)", links);
        editions.on(new QuarterPublished(strategyId, period, "Recommendations recorded"));
        return source;
    }

    /** A challenge on every measure and action of a strategy, raised and answered long before any publication. */
    private void challenges(long strategyId) {
        for (String kind : List.of("measure", "action")) {
            jdbc.update("""
                    insert into challenge (strategy_id, subject_kind, subject_id, subject_ref, subject, priority_id,
                        period_code, question, raised_by_id, raised_by_name, raised_at, owner_ids, owner_names, state)
                    select i.strategy_id, upper('%1$s'), i.id, i.ref, '%1$s ' || i.ref, i.priority_id, '2018-19-Q1',
                        'Why?', u.id, 'Board member', timestamptz '2000-01-01', array[u.id], 'Owner', 'ANSWERED'
                    from %1$s i, user_account u where u.username = 'board' and i.strategy_id = ?""".formatted(kind), strategyId);
        }
        jdbc.update("""
                insert into challenge_step (challenge_id, kind, words, by_id, by_name, taken_at)
                select id, k.kind, 'Words', raised_by_id, raised_by_name, raised_at + k.later
                from challenge, (values ('RAISED', interval '0 days'), ('ANSWERED', interval '1 day')) k (kind, later)
                where strategy_id = ?""", strategyId);
    }

    /** A framework of {@code size} criteria on a four-step scale, every quarter up to {@code period} rated. */
    private void selfAssessment(long strategyId, String period, int size) {
        frameworks.saveFramework(strategyId, new FrameworkFields("Principles", null, null), null);
        for (String words : List.of("Outstanding", "Good", "Requires improvement", "Inadequate")) {
            frameworks.createStep(strategyId, new ScaleStep(words, null, Status.GREEN));
        }
        for (int i = 1; i <= size; i++) {
            frameworks.createCriterion(
                    strategyId, new CriterionFields("(" + i + ")", "Criterion " + i, null, null, null));
        }
        jdbc.update("""
                insert into assessment_rating (criterion_id, period_code, period_end, level_id, evidence, action_ids,
                    measure_ids, entered_by_name, entered_at)
                select c.id, q.period_code, q.period_end, l.id, 'Evidence', array(select a.id from action a
                    where a.strategy_id = f.strategy_id order by a.id limit 3), array(select m.id from measure m
                    where m.strategy_id = f.strategy_id order by m.id limit 2), 'system', timestamptz '2000-01-01'
                from assessment_framework f join assessment_criterion c on c.framework_id = f.id
                join assessment_level l on l.framework_id = f.id and l.position = 2
                join (select period_code, (to_date(left(period_code, 4) || '-04-01', 'YYYY-MM-DD')
                    + (right(period_code, 1)::int * 3 || ' months')::interval - interval '1 day')::date as period_end
                    from reporting_quarter where strategy_id = ? and period_code <= ?) q on true
                where f.strategy_id = ?""", strategyId, period, strategyId);
        long version = quarters.statuses(strategyId, strategies.byId(strategyId).quarters()).stream()
                .filter(q -> q.quarter().code().equals(period))
                .findFirst()
                .orElseThrow()
                .version();
        quarters.publishCorrection(strategyId, period, "Self-assessment framework added", version);
    }

    /**
     * Entries of "You said, we did", each with two states recorded in the quarter's window (a second before it was
     * published), answering the first promise, three actions and two measures.
     */
    private void voice(long strategyId, String period, int size) {
        for (int n = 1; n <= size; n++) {
            long entry = jdbc.queryForObject(
                    "insert into voice_entry (strategy_id, number, changed_at) values (?, ?, now()) returning id",
                    Long.class,
                    strategyId,
                    n);
            for (String status : List.of("HEARD", "DONE")) {
                jdbc.update("""
                        insert into voice_entry_state (entry_id, source_kind, source_name, heard_on, words, consent,
                            status, what_we_did, promise_ids, action_ids, measure_ids, recorded_at, recorded_by_name)
                        select ?, 'Survey', 'Care leavers survey', date '2019-01-01', 'Words', true, ?, 'Done',
                            array(select min(p.id) from promise p where p.strategy_id = q.strategy_id),
                            array(select a.id from action a where a.strategy_id = q.strategy_id order by a.id limit 3),
                            array(select m.id from measure m where m.strategy_id = q.strategy_id order by m.id limit 2),
                            q.published_at - interval '1 second', 'system'
                        from reporting_quarter q where q.strategy_id = ? and q.period_code = ?""", entry, status, strategyId, period);
            }
        }
    }

    /** {@code size} open risks, each raised, reviewed twice and mitigated twice, all long before any publication. */
    private void risks(long strategyId, int size) {
        jdbc.update("""
                insert into risk (strategy_id, kind, title, description, owner_id, state, review_date, raised_by_name,
                    raised_at)
                select ?, 'RISK', 'Risk ' || n, 'Described', (select min(id) from user_account), 'OPEN',
                    date '2000-06-01', 'system', timestamptz '2000-01-01'
                from generate_series(1, ?) n""", strategyId, size);
        jdbc.update("""
                insert into risk_entry (risk_id, step, kind, title, owner_id, owner_name, level_words, level_colour,
                    state, review_date, entered_by_name, entered_at)
                select r.id, s.step, r.kind, r.title, r.owner_id, 'Owner', 'High', 'RED', 'OPEN', r.review_date,
                    'system', timestamptz '2000-01-01' + s.n * interval '1 day'
                from risk r cross join (values (0, 'RAISED'), (1, 'REVIEWED'), (2, 'REVIEWED')) s (n, step)
                where r.strategy_id = ?""", strategyId);
        jdbc.update("""
                insert into risk_mitigation (risk_id, done_on, text, entered_by_name, entered_at)
                select r.id, date '2000-01-01' + n, 'Mitigation ' || n, 'system', timestamptz '2000-01-01'
                from risk r cross join generate_series(1, 2) n where r.strategy_id = ?""", strategyId);
    }

    /** Statements per page for a published quarter, by path with the strategy, the quarter and the report left out. */
    private Map<String, Long> counts(MockHttpSession session, String slug, String period, long source)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/strategies/" + slug + "?period=" + period,
                "/strategies/" + slug + "/priorities/2?period=" + period,
                "/strategies/" + slug + "/scorecard/" + period,
                "/strategies/" + slug + "/actions?period=" + period,
                "/strategies/" + slug + "/actions?period=" + period + "&source=" + source,
                "/strategies/" + slug + "/recommendations/" + source + "?period=" + period,
                "/strategies/" + slug + "/exceptions/" + period,
                "/strategies/" + slug + "/measures/P2.11?period=" + period,
                "/strategies/" + slug + "/actions/1a?period=" + period,
                "/strategies/" + slug + "/promise?period=" + period,
                "/strategies/" + slug + "/help/status?period=" + period,
                "/strategies/" + slug + "/self-assessment/" + period,
                "/strategies/" + slug + "/you-said-we-did",
                "/strategies/" + slug + "/scorecard/" + period + ".xlsx",
                "/strategies/" + slug + "/scorecard/" + period + ".csv",
                "/strategies/" + slug + "/action-plan/" + period + ".xlsx",
                "/strategies/" + slug + "/action-plan/" + period + ".csv",
                "/strategies/" + slug + "/challenges?period=" + period,
                "/strategies/" + slug + "/pack/" + period)) {
            counts.put(
                    path.replace(slug, "S")
                            .replace(period, "Q")
                            .replace("=" + source, "=R")
                            .replace("/recommendations/" + source + "?", "/recommendations/R?"),
                    count(session, path));
        }
        return counts;
    }

    private long count(MockHttpSession session, String path) throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }
}
