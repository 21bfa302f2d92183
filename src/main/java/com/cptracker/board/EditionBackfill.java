package com.cptracker.board;

import com.cptracker.board.domain.PublishedEditionRepository;
import com.cptracker.reporting.QuarterPublished;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, records an edition for any quarter published before editions were kept (a database from an earlier
 * version), as the strategy stands then: from that moment on, nothing changes what its pages show. An advisory lock
 * keeps two instances starting together from both doing it.
 */
@Component
class EditionBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EditionBackfill.class);
    /** Arbitrary, fixed key for {@code pg_advisory_xact_lock}: "CPT edit". */
    private static final long LOCK_KEY = 0x4350_5420_6564_6974L;

    private final StrategyService strategies;
    private final QuarterService quarters;
    private final PublishedEditionRepository store;
    private final Editions editions;
    private final JdbcTemplate jdbc;

    EditionBackfill(
            StrategyService strategies,
            QuarterService quarters,
            PublishedEditionRepository store,
            Editions editions,
            JdbcTemplate jdbc) {
        this.strategies = strategies;
        this.quarters = quarters;
        this.store = store;
        this.editions = editions;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK_KEY);
        for (StrategySummary s : strategies.strategies()) {
            for (QuarterStatus q : quarters.statuses(s.id(), s.quarters())) {
                if (q.published()
                        && !store.existsByStrategyIdAndPeriodCode(
                                s.id(), q.quarter().code())) {
                    log.info(
                            "Keeping {} {} as the strategy stands now: it was published before editions were kept",
                            s.slug(),
                            q.quarter().code());
                    editions.on(new QuarterPublished(s.id(), q.quarter().code(), null));
                }
            }
        }
    }
}
