package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionRecords.NewAction;
import com.cptracker.actions.ActionRecords.SubmittedUpdate;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.DueDate;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.NewMeasure;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.MeasureRecords.NewValue;
import com.cptracker.measures.MeasureService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterState;
import com.cptracker.status.Assessment;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyRecords.NewPriority;
import com.cptracker.strategy.StrategyRecords.NewPromise;
import com.cptracker.strategy.StrategyRecords.NewStatement;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestDatabaseConfiguration;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every board page runs the same number of SQL statements whatever the size of the strategy: counted on the Cheshire
 * East demo (87 actions, 56 measures) and on a strategy ten times its size (870 actions, 560 measures).
 */
@SpringBootTest(properties = {"cptracker.demo-data.enabled=true",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PageQueryCountTest {

    static final String Q = "2019-20-Q2";

    @Autowired MockMvc mvc;
    @Autowired EntityManagerFactory emf;
    @Autowired StrategyService strategies;
    @Autowired GovernanceService governance;
    @Autowired ActionService actions;
    @Autowired MeasureService measures;
    @Autowired QuarterService quarters;

    @Test
    void everyPageRunsAFixedNumberOfStatementsWhateverTheSizeOfTheStrategy() throws Exception {
        createStrategyTenTimesCheshireEast();
        MockHttpSession session = SignedIn.as(mvc, "board").session();
        Map<String, Long> small = counts(session, "cheshire-east-2018-20", "P2.11", "1a");
        Map<String, Long> big = counts(session, "big-2018-20", "P2.11", "1a");
        System.out.println("Statements per page (demo / ten times): " + small + " / " + big);
        assertThat(big).isEqualTo(small);
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(14L));
    }

    private Map<String, Long> counts(MockHttpSession session, String slug, String measure, String action)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of("/strategies/" + slug + "?period=" + Q,
                "/strategies/" + slug + "/priorities/2?period=" + Q,
                "/strategies/" + slug + "/scorecard/" + Q,
                "/strategies/" + slug + "/actions?period=" + Q,
                "/strategies/" + slug + "/measures/" + measure + "?period=" + Q,
                "/strategies/" + slug + "/actions/" + action + "?period=" + Q,
                "/strategies/" + slug + "/promise?period=" + Q)) {
            Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
            counts.put(path.replace(slug, "S"), stats.getPrepareStatementCount());
        }
        return counts;
    }

    /** Five priorities of three commitments, 870 actions with two leads and partners, 560 quarterly measures. */
    private void createStrategyTenTimesCheshireEast() {
        long id = strategies.createStrategy(new NewStrategy("big-2018-20", "A strategy ten times the size", null,
                "Big Council", LocalDate.of(2018, 4, 1), LocalDate.of(2020, 3, 31), StrategyStatus.ARCHIVED, null,
                null, false, List.of()));
        List<NewPartner> newPartners = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            newPartners.add(new NewPartner("p" + i, "Partner " + i, null));
        }
        Map<String, Long> partners = governance.addPartners(id, newPartners);
        List<NewAction> newActions = new ArrayList<>();
        List<NewMeasure> newMeasures = new ArrayList<>();
        List<Long> priorityIds = new ArrayList<>();
        List<Long> statementIds = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            var ids = strategies.addPriority(id, new NewPriority("Pledge", p, "Priority " + p, null, "Vision", null,
                    "Head of Service", null, List.of(partners.get("p" + p), partners.get("p" + (p + 5))),
                    List.of(new NewStatement("a", StatementKind.COMMITMENT, "One"),
                            new NewStatement("b", StatementKind.COMMITMENT, "Two"),
                            new NewStatement("c", StatementKind.COMMITMENT, "Three"))));
            priorityIds.add(ids.priorityId());
            statementIds.addAll(ids.statementIds().values());
        }
        for (int i = 0; i < 870; i++) {
            int p = i % 5;
            String ref = i == 0 ? "1a" : "A" + i;
            newActions.add(new NewAction(priorityIds.get(p), statementIds.get(p * 3 + i % 3), ref, "Action " + i,
                    DueDate.parse(i % 7 == 0 ? "Ongoing" : "December 2019"),
                    List.of(new Lead("Lead " + i % 13, null), new Lead("Co-lead " + i % 17, null)),
                    // 1a has no partners, as in Cheshire East, so both action pages take the same path.
                    i == 0 ? Set.of() : Set.of(partners.get("p" + (1 + i % 30)), partners.get("p" + (1 + (i + 7) % 30))),
                    "Done", null));
        }
        Map<String, Long> actionIds = actions.addActions(id, newActions);
        List<SubmittedUpdate> updates = new ArrayList<>();
        actionIds.keySet().forEach(ref -> {
            for (String q : List.of("2018-19-Q4", "2019-20-Q1", "2019-20-Q2")) {
                updates.add(new SubmittedUpdate(ref, q, Assessment.ON_TRACK, "Going well", null, null, "Lead", false));
            }
        });
        actions.recordSubmittedUpdates(id, updates);
        for (int i = 0; i < 560; i++) {
            String ref = i == 0 ? "P2.11" : "M" + i;
            List<NewValue> values = new ArrayList<>();
            for (String q : List.of("2017-18-Q4", "2018-19-Q1", "2018-19-Q2", "2018-19-Q3", "2018-19-Q4",
                    "2019-20-Q1", "2019-20-Q2")) {
                values.add(new NewValue(q, BigDecimal.valueOf(50 + (i * 7 + q.hashCode()) % 50), false, null,
                        "Note"));
            }
            newMeasures.add(new NewMeasure(i > 0 && i < 30 ? null : priorityIds.get(i % 5), null, ref, "Measure " + i, null,
                    MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, "Owner", null, "Tag",
                    "Tag", false,
                    List.of(new TargetYear("2018-19", new BigDecimal("80"), null, null, BigDecimal.TEN, "Set"),
                            new TargetYear("2019-20", new BigDecimal("85"), null, null, BigDecimal.TEN, "Set")),
                    List.of(new BenchmarkYear("2018-19", new BigDecimal("70"), new BigDecimal("75"), "LAIT")),
                    values));
        }
        // Entered as officers would, soon after each period closed and before its quarter was published.
        Map<String, Long> measureIds = measures.addMeasures(id, newMeasures, null, "Test", true);
        List<NewPromise> promises = new ArrayList<>();
        List<Long> a = new ArrayList<>(actionIds.values());
        List<Long> m = new ArrayList<>(measureIds.values());
        for (int i = 0; i < 50; i++) {
            promises.add(new NewPromise("Promise " + i, new LinkedHashSet<>(a.subList(i * 17, i * 17 + 17)),
                    new LinkedHashSet<>(m.subList(i * 11, i * 11 + 11))));
        }
        strategies.addPromises(id, promises);
        for (var q : strategies.bySlug("big-2018-20").quarters()) {
            quarters.setUp(id, q.code(), QuarterState.PUBLISHED, null);
        }
    }
}
