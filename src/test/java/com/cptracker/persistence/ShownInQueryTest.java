package com.cptracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.DueDate;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.actions.domain.ShownUpdate;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.measures.domain.StoredValue;
import com.cptracker.status.Assessment;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import com.cptracker.support.TestDatabaseConfiguration;
import com.cptracker.support.TestStrategies;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * The board's pages read figures and updates with the rule of {@link AsAt#shows} in the query. Here the queries are
 * held to that rule applied in Java to the same rows, for every quarter around the data and every kind of
 * publication (none yet, not published, published before, at and after the figures were entered), and to the cases
 * worked by hand where a difference could hide: a correction entered after publication is shown, a late figure that
 * is not a correction is not, an unpublished quarter shows everything up to its end, superseded originals are used
 * only by the measure's own page.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class ShownInQueryTest {

    static final ReportingPeriod Q1 = ReportingPeriod.parse("2030-31-Q1");
    static final ReportingPeriod Q2 = ReportingPeriod.parse("2030-31-Q2");
    static final ReportingPeriod Q3 = ReportingPeriod.parse("2030-31-Q3");
    static final ReportingPeriod Q4 = ReportingPeriod.parse("2030-31-Q4");
    /** Q2's publication; figures are entered before, exactly at and after it. */
    static final Instant PUBLISHED = Instant.parse("2030-10-20T09:00:00Z");

    @Autowired
    EntityManager em;

    @Autowired
    StrategyRepository strategies;

    @Autowired
    MeasureRepository measures;

    @Autowired
    MeasureValueRepository values;

    @Autowired
    PriorityRepository priorities;

    @Autowired
    ActionRepository actions;

    @Autowired
    ProgressUpdateRepository updates;

    long measureId;
    long actionId;

    @BeforeEach
    void figuresAroundAPublication() {
        long strategyId = strategies
                .save(new Strategy(
                        TestStrategies.testshire("shown-2030-32", "Shown", StrategyStatus.CURRENT, 2030, "A vision"),
                        false))
                .getId();
        measureId = measures.save(new Measure(
                        strategyId,
                        1,
                        new MeasureFields(
                                null,
                                null,
                                "P1.1",
                                "A measure",
                                null,
                                MeasureUnit.NUMBER,
                                Polarity.HIGHER_IS_BETTER,
                                Frequency.QUARTERLY,
                                null,
                                null,
                                null,
                                null),
                        false))
                .getId();
        // Q1: entered in time, corrected after Q2's publication (the original kept, superseded).
        MeasureValue q1 = values.save(value(Q1, "10", "2030-07-15T10:00:00Z"));
        MeasureValue original = values.save(q1.supersededCopy());
        q1.correct(new BigDecimal("11"), null, null, null, "Admin", at("2030-11-02T10:00:00Z"), "Typo", original);
        // Q2: entered exactly when Q2 was published. A year figure for Q1 entered late, not as a correction.
        values.save(value(Q2, "20", "2030-10-20T09:00:00Z"));
        values.save(value(ReportingPeriod.parse("2030-31-YTD-Q1"), "30", "2030-10-21T09:00:00Z"));
        // Q3: missing when Q2 was published, then supplied with a reason (a correction without an original).
        MeasureValue q3 = values.save(value(Q3, "40", "2030-10-01T09:00:00Z"));
        q3.correct(new BigDecimal("40"), null, null, null, "Admin", at("2031-01-05T10:00:00Z"), "Late", null);
        values.save(value(Q4, "50", "2031-01-20T09:00:00Z"));

        long priorityId = priorities
                .save(new Priority(
                        strategyId,
                        new PriorityFields("Outcome", 1, "Safe", null, "Safe", null, null, null, List.of())))
                .getId();
        actionId = actions.save(new Action(
                        strategyId,
                        1,
                        new ActionFields(
                                priorityId,
                                null,
                                "1a",
                                "Do a thing",
                                DueDate.parse("2030-31 Q4"),
                                List.of(),
                                Set.of(),
                                null,
                                null)))
                .getId();
        updates.save(update(Q1, Assessment.ON_TRACK, "2030-07-10T10:00:00Z"));
        updates.save(update(Q2, Assessment.COMPLETE, "2030-10-22T10:00:00Z"));
        updates.save(update(Q3, Assessment.ON_TRACK, null));
        updates.save(update(Q4, Assessment.COMPLETE, "2031-01-10T10:00:00Z"));
        em.flush();
        em.clear();
    }

    @Test
    void theQueriesShowWhatTheRuleInJavaShows() {
        for (AsAt at : everyWayOfSeeing()) {
            assertThat(shownValues(at, false))
                    .as("values shown in %s", at)
                    .containsExactlyInAnyOrderElementsOf(byRule(at, false));
            assertThat(shownValues(at, true))
                    .as("values and originals shown in %s", at)
                    .containsExactlyInAnyOrderElementsOf(byRule(at, true));
            assertThat(latestUpdates(at)).as("latest update shown in %s", at).isEqualTo(latestByRule(at));
        }
    }

    @Test
    void aCorrectionAfterPublicationIsShownALateFigureIsNot() {
        assertThat(keys(shownValues(new AsAt(Q2, PUBLISHED), false)))
                .containsExactly("2030-31-Q1 11.0000 current", "2030-31-Q2 20.0000 current");
        assertThat(keys(shownValues(new AsAt(Q3, PUBLISHED), true)))
                .as("the measure's own page also lists the original, superseded")
                .containsExactly(
                        "2030-31-Q1 10.0000 superseded",
                        "2030-31-Q1 11.0000 current",
                        "2030-31-Q2 20.0000 current",
                        "2030-31-Q3 40.0000 current");
        assertThat(latestUpdate(new AsAt(Q2, PUBLISHED)))
                .as("the update for Q2 came after Q2 was published")
                .isEqualTo("2030-31-Q1 ON_TRACK");
    }

    @Test
    void anUnpublishedQuarterShowsEverythingUpToItsEnd() {
        assertThat(keys(shownValues(AsAt.unpublished(Q2), false)))
                .containsExactly(
                        "2030-31-Q1 11.0000 current", "2030-31-YTD-Q1 30.0000 current", "2030-31-Q2 20.0000 current");
        assertThat(latestUpdate(AsAt.unpublished(Q3)))
                .as("a draft is never shown")
                .isEqualTo("2030-31-Q2 COMPLETE");
    }

    @Test
    void beforeAnyPublicationOnlyCorrectionsAndNoUpdatesAreShown() {
        assertThat(keys(shownValues(AsAt.nothingYet(Q4), false)))
                .containsExactly("2030-31-Q1 11.0000 current", "2030-31-Q3 40.0000 current");
        assertThat(latestUpdate(AsAt.nothingYet(Q4))).isNull();
    }

    private List<StoredValue> shownValues(AsAt at, boolean withOriginals) {
        return values.findShown(List.of(measureId), at.quarter().end(), at.published(), at.enteredBy(), withOriginals);
    }

    /** The rule as MeasureStatusService applied it in Java before the query did. */
    private List<StoredValue> byRule(AsAt at, boolean withOriginals) {
        return values.findByMeasureIdOrderByPeriodStart(measureId).stream()
                .filter(v -> v.isSuperseded()
                        ? withOriginals
                                && !v.getPeriodEnd().isAfter(at.quarter().end())
                        : at.shows(v.getPeriodEnd(), v.getEnteredAt(), v.getRevisionReason() != null))
                .map(v -> new StoredValue(
                        v.getMeasureId(),
                        v.getPeriodCode(),
                        v.getPeriodStart(),
                        v.getPeriodEnd(),
                        v.getValue(),
                        v.getMark(),
                        v.getTextValue(),
                        v.getNote(),
                        v.getOwnerStatus(),
                        v.isDemo(),
                        v.getEnteredByName(),
                        v.getEnteredAt(),
                        v.getRevisionReason(),
                        v.isSuperseded()))
                .toList();
    }

    private List<ShownUpdate> latestUpdates(AsAt at) {
        return updates.findLatestShown(List.of(actionId), at.quarter().code(), at.published(), at.enteredBy());
    }

    private String latestUpdate(AsAt at) {
        return latestUpdates(at).stream()
                .map(u -> u.periodCode() + " " + u.assessment())
                .reduce((a, b) -> a + ", " + b)
                .orElse(null);
    }

    /** The rule as ActionStatusService applied it in Java before the query did: the latest shown update. */
    private List<ShownUpdate> latestByRule(AsAt at) {
        ShownUpdate latest = null;
        for (ProgressUpdate u :
                updates.findByActionIdOrderByCreatedAtDesc(actionId).reversed()) {
            if (u.getState() == ProgressUpdate.State.SUBMITTED
                    && at.shows(ReportingPeriod.parse(u.getPeriodCode()).end(), u.getSubmittedAt(), false)
                    && u.getPeriodCode().compareTo(at.quarter().code()) <= 0
                    && (latest == null || u.getPeriodCode().compareTo(latest.periodCode()) >= 0)) {
                latest = ShownUpdate.of(u);
            }
        }
        return latest == null ? List.of() : List.of(latest);
    }

    private static List<AsAt> everyWayOfSeeing() {
        List<AsAt> all = new ArrayList<>();
        for (String code : List.of("2030-31-Q1", "2030-31-Q2", "2030-31-Q3", "2030-31-Q4", "2031-32-Q1")) {
            ReportingPeriod q = ReportingPeriod.parse(code);
            all.add(AsAt.unpublished(q));
            all.add(AsAt.nothingYet(q));
            Stream.of(
                            "2030-07-01T00:00:00Z",
                            "2030-10-20T08:59:59Z",
                            "2030-10-20T09:00:00Z",
                            "2030-10-21T09:00:00Z",
                            "2030-12-01T00:00:00Z",
                            "2031-06-01T00:00:00Z")
                    .map(p -> new AsAt(q, at(p)))
                    .forEach(all::add);
        }
        return all;
    }

    private static List<String> keys(List<StoredValue> vs) {
        return vs.stream()
                .sorted(Comparator.comparing(StoredValue::periodStart)
                        .thenComparing(StoredValue::periodEnd)
                        .thenComparing(StoredValue::periodCode)
                        .thenComparing(v -> !v.superseded()))
                .map(v -> v.periodCode() + " " + v.value() + " " + (v.superseded() ? "superseded" : "current"))
                .toList();
    }

    private MeasureValue value(ReportingPeriod p, String number, String enteredAt) {
        return new MeasureValue(
                measureId, p, new BigDecimal(number), null, null, null, false, null, "Officer", at(enteredAt));
    }

    private ProgressUpdate update(ReportingPeriod p, Assessment assessment, String submittedAt) {
        return new ProgressUpdate(
                actionId,
                p.code(),
                "Progress",
                assessment,
                assessment == Assessment.COMPLETE ? p.end() : null,
                null,
                "Lead",
                submittedAt == null ? null : at(submittedAt),
                false);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
