package com.cptracker.board;

import com.cptracker.actions.ActionService;
import com.cptracker.assessment.AssessmentService;
import com.cptracker.board.domain.EditionHeader;
import com.cptracker.board.domain.PublishedEdition;
import com.cptracker.board.domain.PublishedEditionRepository;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.recommendations.RecommendationService;
import com.cptracker.reporting.QuarterPublished;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps what the board saw. When a quarter is published (or a correction of it is), the strategy as it then stands is
 * recorded with it, in the same transaction; the board's pages of a published quarter read that record, and the
 * strategy as it stands now only for quarters not yet published.
 */
@Service
@Transactional(readOnly = true)
public class Editions {

    private static final Logger log = LoggerFactory.getLogger(Editions.class);
    private static final int PARSED_KEPT = 64;

    private final StrategyService strategies;
    private final GovernanceService governance;
    private final ActionService actions;
    private final MeasureStatusService measures;
    private final RecommendationService recommendations;
    private final AssessmentService assessment;
    private final PublishedEditionRepository store;
    private final ObjectMapper json;
    private final Clock clock;
    /** Parsed editions by row id. A row never changes, so every instance may keep its own copy. */
    private final Map<Long, StrategyEdition> parsed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StrategyEdition> eldest) {
            return size() > PARSED_KEPT;
        }
    });

    Editions(
            StrategyService strategies,
            GovernanceService governance,
            ActionService actions,
            MeasureStatusService measures,
            RecommendationService recommendations,
            AssessmentService assessment,
            PublishedEditionRepository store,
            ObjectMapper json,
            Clock clock) {
        this.strategies = strategies;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
        this.recommendations = recommendations;
        this.assessment = assessment;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** An edition and, for a published quarter, which revision of it this is (null for the strategy as it is now). */
    public record Shown(StrategyEdition edition, EditionHeader header) {

        /** A correction of the quarter was published after the board first saw it. */
        public boolean revised() {
            return header != null && header.revision() > 0;
        }
    }

    /** The strategy as it stands now. */
    public StrategyEdition now(StrategySummary s) {
        return new StrategyEdition(
                s,
                strategies.sectionsOf(s.id()),
                strategies.prioritiesWithStatements(s.id()),
                governance.bodiesOf(s.id()),
                governance.partnersOf(s.id()),
                strategies.promisesOf(s.id()),
                actions.actionsOfStrategy(s.id()),
                measures.plans(s.id()),
                recommendations.sourcesOf(s.id()),
                assessment.framework(s.id()).orElse(null));
    }

    /** The strategy as the quarter's pages show it: as published, for a published quarter; else as it is now. */
    public Shown forQuarter(StrategySummary s, QuarterStatus quarter) {
        if (!quarter.published()) {
            return new Shown(now(s), null);
        }
        EditionHeader header =
                store.findLatest(s.id(), quarter.quarter().code()).orElse(null);
        if (header == null) {
            // Only a quarter published before editions were kept, until EditionBackfill records it at start.
            log.warn("No edition kept for {} {}: showing the strategy as it is now", s.slug(), quarter.quarter());
            return new Shown(now(s), null);
        }
        // Read and parsed outside the map's lock: two requests missing at once may both parse, and either result is
        // the same, since the row never changes.
        StrategyEdition edition = parsed.get(header.id());
        if (edition == null) {
            edition = read(store.findById(header.id()).orElseThrow());
            parsed.put(header.id(), edition);
        }
        return new Shown(edition.at(s), header);
    }

    /** Records the strategy as it stands with the quarter being published, or with a published correction of it. */
    @EventListener
    @Transactional
    public void on(QuarterPublished published) {
        StrategySummary s = strategies.byId(published.strategyId());
        int revision = store.findLatest(s.id(), published.periodCode())
                .map(h -> h.revision() + 1)
                .orElse(0);
        if (revision > 0 && !published.correction()) {
            throw new IllegalStateException(published.periodCode() + " is already published");
        }
        store.save(new PublishedEdition(
                s.id(),
                published.periodCode(),
                revision,
                write(now(s)),
                published.reason(),
                clock.instant(),
                CurrentUser.get().map(CurrentUser::getUsername).orElse("system")));
    }

    String write(StrategyEdition edition) {
        return json.writeValueAsString(edition);
    }

    StrategyEdition read(PublishedEdition stored) {
        return json.readValue(stored.getContent(), StrategyEdition.class);
    }
}
