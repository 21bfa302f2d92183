package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cptracker.actions.ActionService;
import com.cptracker.benchmark.CouncilGenerator;
import com.cptracker.benchmark.CouncilGenerator.GeneratedStrategy;
import com.cptracker.benchmark.CouncilShape;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureService;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestDatabaseConfiguration;
import jakarta.persistence.EntityManagerFactory;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every board page, and the scorecard and the action plan as files, runs the same number of SQL statements whatever
 * the size of the strategy: counted on the Cheshire East demo (87 actions, 56 measures, 8 quarters), on a strategy ten
 * times its size (870 actions, 560 measures) and on one strategy of the benchmark's large council (500 actions with 8
 * updates each, 100 measures with 40 quarters of values), both entered by the benchmark's generator.
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

    @Test
    void everyPageRunsAFixedNumberOfStatementsWhateverTheSizeOfTheStrategy() throws Exception {
        CouncilGenerator generator = new CouncilGenerator(strategies, governance, actions, measures, quarters);
        GeneratedStrategy tenTimes = generator.generate(CouncilShape.tenTimesCheshireEast(), 1);
        GeneratedStrategy large = generator.generate(CouncilShape.largeCouncilStrategy(), 1);
        MockHttpSession session = SignedIn.as(mvc, "board").session();
        Map<String, Long> small = counts(session, "cheshire-east-2018-20", Q);
        Map<String, Long> big = counts(session, tenTimes.slug(), Q);
        Map<String, Long> longest = counts(session, large.slug(), large.latestPublished());
        System.out.println("Statements per page (demo / ten times / large council's strategy): " + small + " / " + big
                + " / " + longest);
        assertThat(big).isEqualTo(small);
        assertThat(longest).isEqualTo(small);
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(14L));
        // The board pack's PDF reads what its web page reads (counted above at every size), and reads it once.
        assertThat(count(session, "/strategies/cheshire-east-2018-20/pack/" + Q + ".pdf"))
                .isEqualTo(small.get("/strategies/S/pack/Q"));
    }

    /** Statements per page for a published quarter, by path with the strategy and the quarter left out. */
    private Map<String, Long> counts(MockHttpSession session, String slug, String period) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/strategies/" + slug + "?period=" + period,
                "/strategies/" + slug + "/priorities/2?period=" + period,
                "/strategies/" + slug + "/scorecard/" + period,
                "/strategies/" + slug + "/actions?period=" + period,
                "/strategies/" + slug + "/exceptions/" + period,
                "/strategies/" + slug + "/measures/P2.11?period=" + period,
                "/strategies/" + slug + "/actions/1a?period=" + period,
                "/strategies/" + slug + "/promise?period=" + period,
                "/strategies/" + slug + "/help/status?period=" + period,
                "/strategies/" + slug + "/scorecard/" + period + ".xlsx",
                "/strategies/" + slug + "/scorecard/" + period + ".csv",
                "/strategies/" + slug + "/action-plan/" + period + ".xlsx",
                "/strategies/" + slug + "/action-plan/" + period + ".csv",
                "/strategies/" + slug + "/pack/" + period)) {
            counts.put(path.replace(slug, "S").replace(period, "Q"), count(session, path));
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
