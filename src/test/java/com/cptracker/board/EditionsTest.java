package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.board.domain.PublishedEdition;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is kept of a strategy with a published quarter reads back exactly as it was written, for both demo strategies,
 * so that a page read from the kept edition is the page the board saw when it was published. Shares its application
 * with {@link PublishedQuarterTest}.
 */
@DemoApplicationTest
@OwnDatabase("published-quarter") // reads only: it costs no context of its own here
class EditionsTest {

    @Autowired
    Editions editions;

    @Autowired
    StrategyService strategies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeptEditionReadsBackAsItWasWritten() {
        for (String slug : new String[] {"cheshire-east-2018-20", "bury-2024-26"}) {
            StrategyEdition now = editions.now(strategies.bySlug(slug));
            assertThat(now.actions()).isNotEmpty();
            assertThat(now.measures()).isNotEmpty();
            StrategyEdition read = editions.read(new PublishedEdition(
                    now.strategy().id(), "2019-20-Q1", 0, editions.write(now), null, Instant.now(), "test"));
            assertThat(read).as(slug).isEqualTo(now);
        }
    }

    @Test
    void everyPublishedQuarterOfTheDemoKeepsAnEdition() {
        assertThat(jdbc.queryForObject("""
                select count(*) from reporting_quarter q where q.state = 'PUBLISHED' and not exists (
                    select 1 from published_edition e where e.strategy_id = q.strategy_id
                    and e.period_code = q.period_code)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from published_edition where revision = 0", Integer.class))
                .isGreaterThanOrEqualTo(7 + 7);
    }
}
