package com.cptracker.board;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.assessment.AssessmentRecords.Framework;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.Section;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the board's pages of a quarter show about a strategy except its figures and updates: its title and
 * status settings, narrative, priorities and statements, governance, promises, actions (with their due dates and
 * leads), measures (with their targets and benchmarks), the reports whose recommendations the actions answer (with
 * the recommendations' words and which actions answer each) and its self-assessment framework (null when it has none,
 * as in every edition kept before frameworks were). Read as it stands now for a quarter not yet published;
 * kept, as it stood, for a published one, so that nothing an administrator changes later re-writes what the board saw.
 */
public record StrategyEdition(
        StrategySummary strategy,
        List<Section> sections,
        List<PriorityDetail> priorities,
        List<Body> bodies,
        List<Partner> partners,
        List<PromiseView> promises,
        List<ActionSummary> actions,
        List<MeasurePlan> measures,
        List<SourceView> sources,
        Framework framework) {

    /** An edition kept before sources of recommendations were recorded has none. */
    public StrategyEdition {
        sources = sources == null ? List.of() : sources;
    }

    public Optional<SourceView> source(long id) {
        return sources.stream().filter(s -> s.id() == id).findFirst();
    }

    public List<PriorityHeading> headings() {
        return priorities.stream().map(PriorityDetail::heading).toList();
    }

    /** The measures on the scorecard: retired ones keep their own pages but leave the scorecard and roll-ups. */
    public List<MeasurePlan> scorecardMeasures() {
        return measures.stream().filter(MeasurePlan::active).toList();
    }

    public Optional<ActionSummary> action(String ref) {
        return actions.stream().filter(a -> a.ref().equals(ref)).findFirst();
    }

    public Optional<MeasurePlan> measure(String ref) {
        return measures.stream().filter(m -> m.measure().ref().equals(ref)).findFirst();
    }

    public Optional<PriorityDetail> priority(long id) {
        return priorities.stream().filter(p -> p.id() == id).findFirst();
    }

    public Map<Long, String> partnerNames() {
        return partners.stream().collect(Collectors.toMap(Partner::id, Partner::name));
    }

    /** The names of these partners, from {@link #partnerNames()}, sorted; an id it does not know is left out. */
    public static List<String> namesOf(Collection<Long> partnerIds, Map<Long, String> partnerNames) {
        return partnerIds.stream()
                .map(partnerNames::get)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    /** What the product calls the strategy's board when its governance names none. */
    public static final String DEFAULT_BOARD_NAME = "Corporate Parenting Board";

    /**
     * The body the board's pages are for: the strategy's board, or where its governance has none, its committee
     * (Cheshire East's scorecard goes to its Corporate Parenting Committee), the first in the governance's order; null
     * when it has neither.
     */
    public Body board() {
        for (BodyKind kind : List.of(BodyKind.BOARD, BodyKind.COMMITTEE)) {
            for (Body b : bodies) {
                if (b.kind() == kind) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * The board's name in the council's words ("Corporate Parenting Panel"), as every sentence the product writes
     * about it uses it; {@link #DEFAULT_BOARD_NAME} when the governance names none. Kept with a published quarter's
     * edition, as its governance is.
     */
    public String boardName() {
        Body b = board();
        return b == null ? DEFAULT_BOARD_NAME : b.name();
    }

    public Map<Long, String> bodyNames() {
        return bodies.stream().collect(Collectors.toMap(Body::id, Body::name));
    }

    /** The same edition, found at the strategy's address as it is now (an address is not a published fact). */
    StrategyEdition at(StrategySummary now) {
        StrategySummary s = strategy;
        return new StrategyEdition(
                new StrategySummary(
                        now.id(),
                        now.slug(),
                        s.title(),
                        s.subtitle(),
                        s.council(),
                        s.startsOn(),
                        s.endsOn(),
                        s.status(),
                        s.demo(),
                        s.rollUpRule(),
                        s.benchmarkMarginPercent(),
                        s.benchmarkMarginUnit(),
                        s.exceptionRules(),
                        s.smallNumberMark()),
                sections,
                priorities,
                bodies,
                partners,
                promises,
                actions,
                measures,
                sources,
                framework);
    }
}
