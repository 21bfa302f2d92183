package com.cptracker.transfer;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.ActionStatus;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.recommendations.RecommendationService;
import com.cptracker.recommendations.Recommendations;
import com.cptracker.recommendations.Recommendations.Answer;
import com.cptracker.recommendations.Recommendations.RecommendationView;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.strategy.StrategyService;
import com.cptracker.transfer.StrategyDocument.ActionItem;
import com.cptracker.transfer.StrategyDocument.BenchmarkItem;
import com.cptracker.transfer.StrategyDocument.BodyItem;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyDocument.PartnerItem;
import com.cptracker.transfer.StrategyDocument.PriorityItem;
import com.cptracker.transfer.StrategyDocument.PromiseItem;
import com.cptracker.transfer.StrategyDocument.RecommendationItem;
import com.cptracker.transfer.StrategyDocument.SectionItem;
import com.cptracker.transfer.StrategyDocument.StatementItem;
import com.cptracker.transfer.StrategyDocument.TargetItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A strategy as it stands now, as a {@link StrategyDocument}: what an export writes and what an upload is compared
 * with. Every item of the plan is in it, complete actions included; archived items, retired measures and cancelled or
 * superseded actions are left out, as the strategy's pages leave them out. The ids of what it holds are kept beside it
 * for the import to change.
 */
@Component
class StrategyReader {

    /** The document and, by each item's key, the id it has in the database. */
    record Current(StrategyDocument document, long strategyId, Ids ids) {}

    /** Ids by key, for each kind of item. */
    record Ids(
            Map<String, Long> partners,
            Map<String, Long> bodies,
            Map<String, Long> priorities,
            Map<String, Long> statements,
            Map<String, Long> actions,
            Map<String, Long> measures,
            Map<String, Long> promises,
            Map<String, Lead> leads,
            Map<String, Long> sources,
            Map<String, Long> recommendations) {

        static Ids none() {
            return new Ids(
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>());
        }
    }

    private final StrategyService strategies;
    private final StrategyAdminService strategyAdmin;
    private final GovernanceService governance;
    private final ActionService actions;
    private final MeasureStatusService measures;
    private final RecommendationService recommendations;

    StrategyReader(
            StrategyService strategies,
            StrategyAdminService strategyAdmin,
            GovernanceService governance,
            ActionService actions,
            MeasureStatusService measures,
            RecommendationService recommendations) {
        this.strategies = strategies;
        this.strategyAdmin = strategyAdmin;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
        this.recommendations = recommendations;
    }

    Current read(long strategyId) {
        Ids ids = Ids.none();
        List<Partner> partners = governance.partnersOf(strategyId);
        Map<Long, String> partnerNames = new HashMap<>();
        partners.forEach(p -> {
            partnerNames.put(p.id(), p.name());
            ids.partners().put(p.name(), p.id());
        });
        List<Body> bodies = governance.bodiesOf(strategyId);
        Map<Long, String> bodyNames = new HashMap<>();
        bodies.forEach(b -> {
            bodyNames.put(b.id(), b.name());
            ids.bodies().put(b.name(), b.id());
        });
        List<PriorityDetail> priorities = strategies.prioritiesWithStatements(strategyId);
        Map<Long, String> priorityRefs = new HashMap<>();
        Map<Long, String> statementRefs = new HashMap<>();
        List<StatementItem> statements = new ArrayList<>();
        for (PriorityDetail p : priorities) {
            String key = StrategyDocument.ref(p.kind(), p.number());
            priorityRefs.put(p.id(), key);
            ids.priorities().put(key, p.id());
            // A statement's ref is its place among the priority's statements as the pages list them (archived ones
            // leave no gap), so that a new one follows on from the last and an export imports as it reads.
            int place = 0;
            for (Statement s : p.statements()) {
                String ref = key + "." + ++place;
                statementRefs.put(s.id(), ref);
                ids.statements().put(ref, s.id());
                statements.add(new StatementItem(ref, key, s.kind(), s.text()));
            }
        }
        List<ActionSummary> actionList = actions.actionsOfStrategy(strategyId).stream()
                .filter(a -> a.status() == ActionStatus.ACTIVE || a.status() == ActionStatus.COMPLETE)
                .toList();
        Map<Long, String> actionRefs = new HashMap<>();
        actionList.forEach(a -> {
            actionRefs.put(a.id(), a.ref());
            ids.actions().put(a.ref(), a.id());
            a.leads().forEach(l -> ids.leads().putIfAbsent(l.jobTitle().toLowerCase(), l));
        });
        List<MeasurePlan> plans =
                measures.plans(strategyId).stream().filter(MeasurePlan::active).toList();
        Map<Long, String> measureRefs = new HashMap<>();
        plans.forEach(p -> {
            measureRefs.put(p.measure().id(), p.measure().ref());
            ids.measures().put(p.measure().ref(), p.measure().id());
        });
        List<SourceView> sources = recommendations.sourcesOf(strategyId);
        List<RecommendationItem> recommendationItems = new ArrayList<>();
        for (SourceView s : sources) {
            ids.sources().put(s.title(), s.id());
            for (RecommendationView r : s.recommendations()) {
                RecommendationItem item = new RecommendationItem(
                        s.title(), s.kind(), s.issuedOn(), s.madeBy(), s.link(), r.ref(), r.text());
                ids.recommendations().put(item.key(), r.id());
                recommendationItems.add(item);
            }
        }
        Map<Long, List<Answer>> answers = Recommendations.answersByAction(sources);
        var promises = strategies.promisesOf(strategyId);
        promises.forEach(p -> ids.promises().put(String.valueOf(p.position()), p.id()));
        StrategyDocument d = new StrategyDocument(
                strategyAdmin.strategy(strategyId).fields(),
                strategies.sectionsOf(strategyId).stream()
                        .map(s -> new SectionItem(s.heading(), s.body()))
                        .toList(),
                partners.stream()
                        .map(p -> new PartnerItem(p.name(), p.description()))
                        .toList(),
                bodies.stream()
                        .map(b -> new BodyItem(
                                b.name(), b.kind(), b.description(), b.membership(), b.chairTitle(), b.reportsToName()))
                        .toList(),
                priorities.stream()
                        .map(p -> new PriorityItem(
                                p.label(),
                                p.number(),
                                p.title(),
                                p.statement(),
                                p.vision(),
                                p.challenge(),
                                p.leadTitle(),
                                p.workstreamId() == null ? null : bodyNames.get(p.workstreamId()),
                                p.partnerIds().stream()
                                        .map(partnerNames::get)
                                        .filter(Objects::nonNull)
                                        .toList(),
                                p.kind()))
                        .toList(),
                List.copyOf(statements),
                actionList.stream()
                        .map(a -> new ActionItem(
                                a.ref(),
                                priorityRefs.get(a.priorityId()),
                                a.statementId() == null ? null : statementRefs.get(a.statementId()),
                                a.text(),
                                a.due().text(),
                                a.leads().stream().map(Lead::jobTitle).toList(),
                                names(a.partnerIds(), partnerNames),
                                a.successMeasure(),
                                a.crossReference(),
                                answers.getOrDefault(a.id(), List.of()).stream()
                                        .map(r -> StrategyDocument.answer(r.source(), r.ref()))
                                        .sorted()
                                        .toList()))
                        .toList(),
                plans.stream()
                        .map(p -> measure(p.measure(), priorityRefs, statementRefs))
                        .toList(),
                plans.stream()
                        .flatMap(p -> p.targets().stream()
                                .map(t -> new TargetItem(
                                        p.measure().ref(),
                                        t.year(),
                                        t.target(),
                                        t.targetLow(),
                                        t.targetHigh(),
                                        t.amberThreshold())))
                        .toList(),
                plans.stream()
                        .flatMap(p -> p.benchmarks().stream()
                                .map(b -> new BenchmarkItem(
                                        p.measure().ref(), b.year(), b.statNeighbour(), b.national())))
                        .toList(),
                promises.stream()
                        .map(p -> new PromiseItem(
                                p.position(),
                                p.text(),
                                names(p.actionIds(), actionRefs),
                                names(p.measureIds(), measureRefs)))
                        .toList(),
                List.copyOf(recommendationItems));
        return new Current(d, strategyId, ids);
    }

    private static MeasureItem measure(
            MeasureSummary m, Map<Long, String> priorityRefs, Map<Long, String> statementRefs) {
        return new MeasureItem(
                m.ref(),
                m.title(),
                m.definition(),
                m.priorityId() == null ? null : priorityRefs.get(m.priorityId()),
                m.statementId() == null ? null : statementRefs.get(m.statementId()),
                m.unit(),
                m.polarity(),
                m.frequency(),
                m.ownerTitle(),
                m.cypPlanPriority(),
                m.corporatePriority(),
                m.baselineValue(),
                m.baselineWhen(),
                m.benchmarkMargin() == null ? null : m.benchmarkMargin().amount(),
                m.benchmarkMargin() == null ? null : m.benchmarkMargin().unit());
    }

    /**
     * The names (or refs) of a set of ids, sorted (a set has no order of its own), leaving out any no longer there.
     */
    private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(names::get).filter(Objects::nonNull).sorted().toList();
    }
}
