package com.cptracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatusService;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.DueDate;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Polarity;
import com.cptracker.status.Status;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.users.Role;
import com.cptracker.users.UserService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Both reference strategies are in the database in full, checked against lists typed from the documents. */
@DemoApplicationTest
class DemoDataTest {

    static final List<String> CHESHIRE_EAST_ACTIONS = List.of(
            "1a", "1b", "1c", "1d", "1e", "1f", "1g", "1h", "1i", "1j", "1k", "1l", "1m", "1n", "1o", "1p", "1q", "1r",
            "1s", "1t", "1u", "1v", "1w", "1x", "1y", "1z", "2a", "2b", "2c", "2d", "2e", "2f", "2h", "2i", "2j", "2k",
            "2l", "2m", "3a", "3b", "3c", "3d", "3e", "3f", "3g", "3h", "3i", "3j", "3k", "3l", "3m", "3n", "3o", "3p",
            "3q", "3r", "3s", "4a", "4b", "4c", "4d", "4e", "4f", "4g", "4h", "4i", "4j", "4k", "5a", "5b", "5c", "5d",
            "5e", "5f", "5g", "5h", "5i", "5j", "5k", "5l", "5m", "5n", "5o", "5p", "5q", "5r", "5s");

    static final List<String> CHESHIRE_EAST_MEASURES = List.of(
            "G1", "G2", "G3", "P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4", "P2.5", "P2.6", "P2.7", "P2.8",
            "P2.9", "P2.10", "P2.11", "P2.12", "P2.13", "P2.14", "P2.15", "P2.16", "P3.1", "P3.2", "P3.3", "P3.4",
            "P3.5", "P3.6", "P3.7", "P3.8", "P3.9", "P3.10", "P3.11", "P3.12", "P3.13", "P3.14", "P3.15", "P3.16",
            "P3.17", "P3.18", "P4.1", "P4.2", "P4.3", "P4.4", "P4.5", "P4.6", "P4.7", "P4.8", "P5.1", "P5.2", "P5.3",
            "P5.4", "P5.5", "P5.6", "P5.7", "P5.8");

    static final List<String> CHESHIRE_EAST_PLEDGES = List.of(
            "Being a good corporate parent",
            "Improve education, employment & training",
            "Achieving permanence and staying safe",
            "Improve health and wellbeing outcomes",
            "Preparing for adulthood");

    static final List<String> BURY_PRIORITIES = List.of(
            "Looking after learning: supporting engagement and achievement in education, training, and employment.",
            "Ensuring that our children in care and care leavers have stable homes and secure support.",
            "Listening and responding to the voice of our children, young people, and care leavers.",
            "Ensuring that our children, young people and care leavers are healthy and are supported in their "
                    + "physical and emotional wellbeing.",
            "Developing a Highly Effective Care Leavers Partnership.");

    @Autowired
    StrategyService strategies;

    @Autowired
    ActionService actions;

    @Autowired
    ActionStatusService actionStatuses;

    @Autowired
    MeasureService measures;

    @Autowired
    UserService users;

    @Autowired
    DemoDataService demoData;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothStrategiesAreLoadedAndBuryIsCurrent() {
        assertThat(strategies.strategies())
                .extracting(StrategySummary::slug)
                .containsExactly("bury-2024-26", "cheshire-east-2018-20");
        assertThat(strategies.current()).get().extracting(StrategySummary::slug).isEqualTo("bury-2024-26");
        assertThat(strategies.bySlug("cheshire-east-2018-20").status()).isEqualTo(StrategyStatus.ARCHIVED);
        assertThat(strategies.strategies()).allMatch(StrategySummary::demo);
    }

    @Test
    void cheshireEastHasItsFivePledgesCommitmentsAndEveryAction() {
        long id = strategies.bySlug("cheshire-east-2018-20").id();
        List<PriorityHeading> pledges = strategies.prioritiesOf(id);
        assertThat(pledges).extracting(PriorityHeading::label).containsOnly("Pledge");
        assertThat(pledges).extracting(PriorityHeading::title).containsExactlyElementsOf(CHESHIRE_EAST_PLEDGES);
        assertThat(pledges)
                .extracting(
                        p -> strategies.priority(id, p.number()).statements().size())
                .containsExactly(3, 3, 3, 2, 3);
        assertThat(strategies.priority(id, 1).statements()).allMatch(s -> s.kind() == StatementKind.COMMITMENT);

        List<ActionSummary> all = actions.actionsOfStrategy(id);
        assertThat(all).extracting(ActionSummary::ref).containsExactlyElementsOf(CHESHIRE_EAST_ACTIONS);
        assertThat(all).hasSize(87).noneMatch(a -> a.ref().equals("2g"));
        assertThat(all).allSatisfy(a -> {
            assertThat(a.text()).isNotBlank();
            assertThat(a.leads()).isNotEmpty();
            assertThat(a.successMeasure()).isNotBlank();
            assertThat(a.statementId()).isNotNull();
        });
        ActionSummary first = all.getFirst();
        assertThat(first.text())
                .isEqualTo("Strengthen the governance around corporate parenting to deliver the revised strategy");
        assertThat(first.due().kind()).isEqualTo(DueDate.Kind.MONTH);
        assertThat(first.due().date()).hasToString("2018-09-30");
        assertThat(first.leadNames()).isEqualTo("Head of Cared for Children and Care Leavers");
        Map<Long, Long> perPledge =
                all.stream().collect(Collectors.groupingBy(ActionSummary::priorityId, Collectors.counting()));
        assertThat(pledges).extracting(p -> perPledge.get(p.id())).containsExactly(26L, 12L, 19L, 11L, 19L);
    }

    @Test
    void cheshireEastHasEveryScorecardMeasureWithEveryColumnAndDemoFigures() {
        long id = strategies.bySlug("cheshire-east-2018-20").id();
        List<MeasureSummary> all = measures.measuresOfStrategy(id);
        assertThat(all).extracting(MeasureSummary::ref).containsExactlyElementsOf(CHESHIRE_EAST_MEASURES);
        assertThat(all).allSatisfy(m -> {
            assertThat(m.title()).isNotBlank();
            assertThat(m.unit()).isNotNull();
            assertThat(m.polarity()).isNotNull();
            assertThat(m.frequency()).isNotNull();
            assertThat(m.demo()).isTrue();
        });
        MeasureSummary g2 = all.get(1);
        assertThat(g2.title()).isEqualTo("Rate per 10,000 cared for children");
        assertThat(g2.unit()).isEqualTo(MeasureUnit.RATE_PER_10000);
        assertThat(all).filteredOn(m -> m.ref().startsWith("G")).allMatch(m -> m.polarity() == Polarity.CONTEXT_ONLY);
        assertThat(all)
                .filteredOn(m -> m.ref().startsWith("P"))
                .allSatisfy(m -> assertThat(m.cypPlanPriority()).isNotBlank());

        List<String> missingQuarters = jdbc.queryForList("""
                select m.ref || ' ' || q.code from measure m cross join (values ('2018-19-Q1'), ('2018-19-Q2'), ('2018-19-Q3'),
                    ('2018-19-Q4'), ('2019-20-Q1'), ('2019-20-Q2'), ('2019-20-Q3'), ('2019-20-Q4')) q(code)
                where m.strategy_id = ? and m.frequency = 'QUARTERLY' and not exists (
                    select 1 from measure_value v where v.measure_id = m.id and v.period_code = q.code)
                order by 1""", String.class, id);
        assertThat(missingQuarters)
                .as("quarters left without a figure on purpose, to show 'no data'")
                .containsExactly("P2.16 2019-20-Q3", "P3.14 2019-20-Q4", "P4.7 2019-20-Q4");
        Integer suppressed = jdbc.queryForObject("""
                select count(*) from measure_value v join measure m on m.id = v.measure_id
                where m.strategy_id = ? and v.mark = 'CONFIDENTIAL' and v.value is null""", Integer.class, id);
        assertThat(suppressed)
                .as("the demo's suppressed small numbers, marked c (confidential)")
                .isPositive();
        Integer notDemo = jdbc.queryForObject("""
                select count(*) from measure_value v join measure m on m.id = v.measure_id
                where m.strategy_id = ? and not v.demo""", Integer.class, id);
        assertThat(notDemo)
                .as("Cheshire East values not labelled as demo figures")
                .isZero();
        Integer withTarget = jdbc.queryForObject("""
                select count(distinct t.measure_id) from measure_target t join measure m on m.id = t.measure_id
                where m.strategy_id = ? and t.year = '2018-19'""", Integer.class, id);
        assertThat(withTarget).isGreaterThan(30);
        Integer withBenchmark = jdbc.queryForObject("""
                select count(distinct b.measure_id) from measure_benchmark b join measure m on m.id = b.measure_id
                where m.strategy_id = ?""", Integer.class, id);
        assertThat(withBenchmark).isGreaterThan(10);
    }

    @Test
    void buryHasItsFiveStrategicPrioritiesOutcomeStatementsMeasuresAndTwentyFourPromises() {
        long id = strategies.bySlug("bury-2024-26").id();
        List<PriorityHeading> priorities = strategies.prioritiesOf(id);
        assertThat(priorities).extracting(PriorityHeading::label).containsOnly("Strategic Priority");
        assertThat(priorities).extracting(PriorityHeading::title).containsExactlyElementsOf(BURY_PRIORITIES);
        assertThat(priorities)
                .extracting(
                        p -> strategies.priority(id, p.number()).statements().size())
                .containsExactly(10, 4, 3, 6, 7);
        assertThat(strategies.priority(id, 2).statements()).allMatch(s -> s.kind() == StatementKind.OUTCOME_STATEMENT);

        var promises = strategies.promisesOf(id);
        assertThat(promises).hasSize(24);
        assertThat(promises.getFirst().text()).startsWith("We will tell you why you are in care");
        assertThat(promises.get(12).text())
                .isEqualTo("We will give you access to an advocate who can support you to have your voice heard.");
        assertThat(promises.getLast().text()).startsWith("We will protect your privacy");

        assertThat(measures.measuresOfStrategy(id)).hasSize(49).allMatch(m -> m.priorityId() != null);
        assertThat(actions.actionsOfStrategy(id)).hasSize(32);
    }

    @Test
    void cheshireEastPromisesLinkEachPledgeToItsActionsAndMeasures() {
        long id = strategies.bySlug("cheshire-east-2018-20").id();
        var promises = strategies.promisesOf(id);
        assertThat(promises).hasSize(5);
        assertThat(promises.getFirst().text()).isEqualTo("We will be a good corporate parent");
        assertThat(promises.getFirst().actionIds()).hasSize(26);
        assertThat(promises.getFirst().measureIds()).hasSize(3);
    }

    @Test
    void demoAccountsExistWithTheirRolesAndTheHashedDemoPassword() {
        assertThat(users.findByUsername("board")).get().satisfies(u -> {
            assertThat(u.roles()).containsExactly(Role.BOARD_MEMBER);
            assertThat(u.demo()).isTrue();
        });
        assertThat(users.findByUsername("officer"))
                .get()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.OFFICER));
        assertThat(users.findByUsername("admin"))
                .get()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMINISTRATOR));
        String hash =
                jdbc.queryForObject("select password_hash from user_account where username = 'officer'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo-password");
        assertThat(passwordEncoder.matches("demo-password", hash)).isTrue();
    }

    @Test
    void theDemoOfficerLeadsTheirActionsAndOwnsTheirMeasures() {
        long officerId = users.findByUsername("officer").orElseThrow().id();
        Integer led =
                jdbc.queryForObject("select count(*) from action_lead where user_id = ?", Integer.class, officerId);
        Integer owned =
                jdbc.queryForObject("select count(*) from measure where owner_user_id = ?", Integer.class, officerId);
        assertThat(led).isEqualTo(18);
        assertThat(owned).isEqualTo(12);
    }

    @Test
    void cheshireEastCarriesDemoProgressSoActionStatusesShowARealisticMix() {
        long id = strategies.bySlug("cheshire-east-2018-20").id();
        Integer updates = jdbc.queryForObject("""
                select count(*) from progress_update u join action a on a.id = u.action_id
                where a.strategy_id = ? and u.demo and u.state = 'SUBMITTED'""", Integer.class, id);
        assertThat(updates).isEqualTo(343);
        // The mix the demo data was written to give, worked out independently when the updates were written.
        assertThat(mix(id, "2018-19-Q4"))
                .isEqualTo(Map.of(Status.COMPLETE, 55L, Status.GREEN, 12L, Status.AMBER, 10L, Status.RED, 10L));
        assertThat(mix(id, "2019-20-Q4"))
                .isEqualTo(Map.of(Status.COMPLETE, 76L, Status.GREEN, 1L, Status.AMBER, 1L, Status.RED, 9L));
    }

    private Map<Status, Long> mix(long strategyId, String quarter) {
        return actionStatuses
                .evaluate(actions.actionsOfStrategy(strategyId), AsAt.unpublished(ReportingPeriod.parse(quarter)))
                .stream()
                .collect(Collectors.groupingBy(ActionStatusView::status, Collectors.counting()));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = countEverything();
        assertThat(demoData.loadIfEmpty()).isFalse();
        assertThat(countEverything()).isEqualTo(before);
    }

    private long countEverything() {
        return jdbc.queryForObject("""
                select (select count(*) from strategy) + (select count(*) from priority)
                     + (select count(*) from action) + (select count(*) from measure)
                     + (select count(*) from measure_value) + (select count(*) from promise)
                     + (select count(*) from user_account)""", Long.class);
    }
}
