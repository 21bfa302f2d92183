package com.cptracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.governance.domain.GovernanceBody;
import com.cptracker.governance.domain.GovernanceBodyRepository;
import com.cptracker.governance.domain.PartnerOrganisation;
import com.cptracker.governance.domain.PartnerOrganisationRepository;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureBenchmark;
import com.cptracker.measures.domain.MeasureBenchmarkRepository;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureTarget;
import com.cptracker.measures.domain.MeasureTargetRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.status.Assessment;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import com.cptracker.strategy.domain.PriorityStatement;
import com.cptracker.strategy.domain.PriorityStatementRepository;
import com.cptracker.strategy.domain.Promise;
import com.cptracker.strategy.domain.PromiseRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import com.cptracker.support.TestDatabaseConfiguration;
import com.cptracker.support.TestStrategies;
import com.cptracker.users.Role;
import com.cptracker.users.domain.UserAccount;
import com.cptracker.users.domain.UserAccountRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every entity round-trips through the Flyway schema on real PostgreSQL (Hibernate validates the mapping against it
 * on start-up), and the schema's own constraints refuse what the model must never hold.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class RepositoryMappingTest {

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyRepository strategies;

    @Autowired
    PriorityRepository priorities;

    @Autowired
    PriorityStatementRepository statements;

    @Autowired
    PromiseRepository promises;

    @Autowired
    GovernanceBodyRepository bodies;

    @Autowired
    PartnerOrganisationRepository partners;

    @Autowired
    ActionRepository actions;

    @Autowired
    ProgressUpdateRepository updates;

    @Autowired
    MeasureRepository measures;

    @Autowired
    MeasureTargetRepository targets;

    @Autowired
    MeasureBenchmarkRepository benchmarks;

    @Autowired
    MeasureValueRepository values;

    @Autowired
    UserAccountRepository users;

    Strategy strategy;
    Priority priority;
    PriorityStatement commitment;

    @BeforeEach
    void strategyWithAPriority() {
        strategy = strategies.save(new Strategy(
                TestStrategies.testshire("test-2030-32", "Test strategy", StrategyStatus.CURRENT, 2030, "A vision"),
                false));
        priority = priorities.save(new Priority(
                strategy.getId(),
                new PriorityFields(
                        "Outcome",
                        1,
                        "Safe and settled",
                        null,
                        "Every child has a stable home",
                        null,
                        "Head of Service",
                        null,
                        List.of())));
        commitment = statements.save(
                new PriorityStatement(priority.getId(), StatementKind.COMMITMENT, 1, "We will keep you safe"));
    }

    @Test
    void theMigrationsRanAndHibernateAcceptedTheSchema() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'", Integer.class);
        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class))
                .as("PostgreSQL major version, the same everywhere")
                .isEqualTo(18);
    }

    @Test
    void strategiesPrioritiesAndStatementsRoundTrip() {
        GovernanceBody board = bodies.save(new GovernanceBody(
                strategy.getId(),
                1,
                new BodyFields(
                        "Corporate Parenting Board",
                        BodyKind.BOARD,
                        "Holds the council to account",
                        "Elected members",
                        "Lead Member",
                        null)));
        PartnerOrganisation nhs =
                partners.save(new PartnerOrganisation(strategy.getId(), 1, new PartnerFields("NHS", null)));
        PartnerOrganisation police =
                partners.save(new PartnerOrganisation(strategy.getId(), 2, new PartnerFields("Police", null)));
        Priority second = priorities.save(new Priority(
                strategy.getId(),
                new PriorityFields(
                        "Outcome",
                        2,
                        "Healthy",
                        null,
                        null,
                        null,
                        null,
                        board.getId(),
                        List.of(police.getId(), nhs.getId()))));
        flushAndClear();

        assertThat(strategies.findBySlug("test-2030-32")).get().satisfies(s -> {
            assertThat(s.getCouncil()).isEqualTo("Testshire Council");
            assertThat(s.getStatus()).isEqualTo(StrategyStatus.CURRENT);
        });
        assertThat(priorities.findByStrategyIdOrderByKindAscNumberAsc(strategy.getId()))
                .extracting(Priority::getNumber)
                .containsExactly(1, 2);
        Priority loaded = priorities.findById(second.getId()).orElseThrow();
        assertThat(loaded.getPartnerIds())
                .as("key partners keep their order")
                .containsExactly(police.getId(), nhs.getId());
        assertThat(loaded.getWorkstreamId()).isEqualTo(board.getId());
        assertThat(statements.findByPriorityIdOrderByPosition(priority.getId()))
                .extracting(PriorityStatement::getText)
                .containsExactly("We will keep you safe");
    }

    @Test
    void actionsKeepTheirLeadsPartnersDueDatesAndProgress() {
        UserAccount officer = users.save(
                new UserAccount("o1", "Officer One", "Team Manager", null, "{noop}x", Set.of(Role.OFFICER), false));
        PartnerOrganisation school =
                partners.save(new PartnerOrganisation(strategy.getId(), 1, new PartnerFields("Schools", null)));
        Action action = actions.save(new Action(
                strategy.getId(),
                1,
                new ActionFields(
                        priority.getId(),
                        commitment.getId(),
                        "1a",
                        "Do a thing",
                        DueDate.parse("2030-31 Q2"),
                        List.of(new Lead("Team Manager", officer.getId()), new Lead("Virtual Headteacher", null)),
                        Set.of(school.getId()),
                        "It is done",
                        null)));
        actions.save(new Action(
                strategy.getId(),
                2,
                new ActionFields(
                        priority.getId(),
                        null,
                        "1b",
                        "Keep doing it",
                        DueDate.parse("Annually"),
                        List.of(),
                        Set.of(),
                        null,
                        null)));
        updates.save(new ProgressUpdate(
                action.getId(),
                "2030-31-Q1",
                "Started",
                Assessment.ON_TRACK,
                null,
                officer.getId(),
                "Officer One",
                Instant.parse("2030-07-10T10:00:00Z"),
                false));
        flushAndClear();

        Action loaded = actions.findByStrategyIdAndRef(strategy.getId(), "1a").orElseThrow();
        assertThat(loaded.getLeads())
                .extracting(l -> l.getJobTitle() + "/" + l.getUserId())
                .containsExactly("Team Manager/" + officer.getId(), "Virtual Headteacher/null");
        assertThat(loaded.getPartnerIds()).containsExactly(school.getId());
        assertThat(loaded.getDue().kind()).isEqualTo(DueDate.Kind.QUARTER);
        assertThat(loaded.getDue().date()).isEqualTo(LocalDate.of(2030, 9, 30));
        assertThat(actions.findByStrategyIdAndRef(strategy.getId(), "1b")
                        .orElseThrow()
                        .getDue()
                        .recurrence())
                .isEqualTo(DueDate.Recurrence.ANNUALLY);
        assertThat(updates.findByActionIdOrderByCreatedAtDesc(action.getId()))
                .singleElement()
                .satisfies(u -> assertThat(u.getAssessment()).isEqualTo(Assessment.ON_TRACK));
    }

    @Test
    void measuresKeepTargetsBenchmarksAndValuesIncludingSuppressedOnes() {
        Measure m = measures.save(new Measure(
                strategy.getId(),
                1,
                new MeasureFields(
                        priority.getId(),
                        commitment.getId(),
                        "P1.1",
                        "% in stable placements",
                        "Two years or more",
                        MeasureUnit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.QUARTERLY,
                        "Head of Service",
                        null,
                        "Safe",
                        "Outcome 1"),
                false));
        targets.save(new MeasureTarget(
                m.getId(), "2030-31", new BigDecimal("70"), null, null, new BigDecimal("5"), "Set by the board"));
        benchmarks.save(
                new MeasureBenchmark(m.getId(), "2030-31", new BigDecimal("68.5"), new BigDecimal("70.1"), "LAIT"));
        values.save(new MeasureValue(
                m.getId(),
                ReportingPeriod.parse("2030-31-Q1"),
                new BigDecimal("71.2"),
                null,
                null,
                "Up",
                false,
                null,
                "Officer",
                Instant.now()));
        values.save(new MeasureValue(
                m.getId(),
                ReportingPeriod.parse("2030-31-Q2"),
                null,
                Mark.SMALL_NUMBER,
                null,
                "Fewer than five",
                false,
                null,
                "Officer",
                Instant.now()));
        flushAndClear();

        assertThat(targets.findByMeasureIdInOrderByYear(List.of(m.getId())))
                .singleElement()
                .satisfies(t -> assertThat(t.getAmberThreshold()).isEqualByComparingTo("5"));
        assertThat(benchmarks.findByMeasureIdInOrderByYear(List.of(m.getId())))
                .singleElement()
                .satisfies(b -> assertThat(b.getStatNeighbour()).isEqualByComparingTo("68.5"));
        List<MeasureValue> loaded = values.findByMeasureIdOrderByPeriodStart(m.getId());
        assertThat(loaded).extracting(MeasureValue::getPeriodCode).containsExactly("2030-31-Q1", "2030-31-Q2");
        assertThat(loaded.get(0).getPeriodStart()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(loaded.get(1).getMark()).isEqualTo(Mark.SMALL_NUMBER);
        assertThat(loaded.get(1).getValue())
                .as("a value withheld with a mark is not zero")
                .isNull();
    }

    @Test
    void promisesLinkToActionsAndMeasures() {
        Action a = actions.save(new Action(
                strategy.getId(),
                1,
                new ActionFields(
                        priority.getId(),
                        null,
                        "1a",
                        "Do",
                        DueDate.parse("Ongoing"),
                        List.of(),
                        Set.of(),
                        null,
                        null)));
        promises.save(new Promise(
                strategy.getId(), 1, new PromiseFields("We will listen to you", Set.of(a.getId()), Set.of())));
        flushAndClear();
        assertThat(promises.findByStrategyIdOrderByPosition(strategy.getId()))
                .singleElement()
                .satisfies(p -> assertThat(p.getActionIds()).containsExactly(a.getId()));
    }

    @Test
    void usersKeepTheirRoles() {
        users.save(new UserAccount(
                "Admin1",
                "Admin One",
                null,
                "a@example.org",
                "{noop}x",
                Set.of(Role.ADMINISTRATOR, Role.BOARD_MEMBER),
                false));
        flushAndClear();
        assertThat(users.findByUsernameIgnoreCase("admin1"))
                .get()
                .satisfies(
                        u -> assertThat(u.getRoles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.BOARD_MEMBER));
    }

    @Test
    void slugsAreUnique() {
        assertThatThrownBy(
                        () -> jdbc.update(
                                "insert into strategy (slug, title, council, starts_on, ends_on, "
                                        + "status) values ('test-2030-32', 'Dup', 'C', date '2030-04-01', date '2031-03-31', 'CURRENT')"))
                .as("slugs are unique")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aStrategyEndsAfterItStarts() {
        assertThatThrownBy(
                        () -> jdbc.update(
                                "insert into strategy (slug, title, council, starts_on, ends_on, "
                                        + "status) values ('back-to-front', 'T', 'C', date '2031-04-01', date '2030-03-31', 'CURRENT')"))
                .as("a strategy ends after it starts")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void priorityNumbersAreUniqueWithinAStrategy() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into priority (strategy_id, label, number, title) values "
                                + "(?, 'Outcome', 1, 'Duplicate number')",
                        strategy.getId()))
                .as("priority numbers are unique within a strategy")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aValueWithAMarkCannotAlsoHoldANumber() {
        Measure m = measures.save(new Measure(
                strategy.getId(),
                2,
                new MeasureFields(
                        priority.getId(),
                        null,
                        "P1.2",
                        "Number",
                        null,
                        MeasureUnit.NUMBER,
                        Polarity.LOWER_IS_BETTER,
                        Frequency.QUARTERLY,
                        null,
                        null,
                        null,
                        null),
                false));
        flushAndClear();
        assertThatThrownBy(() -> jdbc.update(
                        "insert into measure_value (measure_id, period_code, period_start, "
                                + "period_end, value, mark, entered_by_name, entered_at) values (?, '2030-31-Q1', "
                                + "date '2030-04-01', date '2030-06-30', 3, 'CONFIDENTIAL', 'x', now())",
                        m.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }
}
