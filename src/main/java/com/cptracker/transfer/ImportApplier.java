package com.cptracker.transfer;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.MeasureEdit;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureEdits.TargetFields;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.transfer.ImportPlan.Change;
import com.cptracker.transfer.StrategyDocument.BodyItem;
import com.cptracker.transfer.StrategyDocument.Item;
import com.cptracker.transfer.StrategyReader.Current;
import com.cptracker.transfer.StrategyReader.Ids;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Makes a strategy what a checked workbook says, through the administration's own services, so that every rule and
 * audit of the screens holds: each item the plan creates is created, each it changes is updated at the version just
 * read, and nothing else is touched. It runs inside the import's one transaction.
 */
@Component
class ImportApplier {

    private final StrategyAdminService strategies;
    private final PriorityAdminService priorities;
    private final GovernanceAdminService governance;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;
    private final MeasureTargetAdminService targets;
    private final UserAdminService users;
    private final ReportsApplier reports;

    ImportApplier(
            StrategyAdminService strategies,
            PriorityAdminService priorities,
            GovernanceAdminService governance,
            ActionAdminService actions,
            MeasureAdminService measures,
            MeasureTargetAdminService targets,
            UserAdminService users,
            ReportsApplier reports) {
        this.strategies = strategies;
        this.priorities = priorities;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
        this.targets = targets;
        this.users = users;
        this.reports = reports;
    }

    /** Applies the plan; {@code current} is the strategy as read (null for a new one). Returns the strategy's id. */
    long apply(ImportPlan plan, StrategyDocument file, Current current, String fileName) {
        Set<String> touched = plan.created().stream().map(this::id).collect(Collectors.toSet());
        plan.changed().forEach(c -> touched.add(id(c)));
        long strategyId;
        if (current == null) {
            strategyId = strategies.create(file.strategy());
        } else {
            strategyId = current.strategyId();
            if (touched.contains(id(StrategyWorkbook.STRATEGY, file.strategy().slug()))) {
                strategies.update(
                        strategyId,
                        file.strategy(),
                        strategies.strategy(strategyId).version());
            }
        }
        Ids ids = current == null ? Ids.none() : current.ids();
        Map<String, Lead> leads = ids.leads();
        Map<String, Long> officers = officersByTitle();
        String reason = "Imported from " + fileName;

        each(StrategyWorkbook.SECTIONS, file, touched, s -> strategies.setSection(strategyId, s.heading(), s.body()));
        each(StrategyWorkbook.PARTNERS, file, touched, p -> {
            PartnerFields f = new PartnerFields(p.name(), p.description());
            Long id = ids.partners().get(p.name());
            if (id == null) {
                ids.partners().put(p.name(), governance.createPartner(strategyId, f));
            } else {
                governance.updatePartner(
                        strategyId, id, f, governance.partner(strategyId, id).version());
            }
        });
        // Groups first without whom they report to, which may be a group the file adds below them.
        each(StrategyWorkbook.GOVERNANCE, file, touched, b -> {
            if (!ids.bodies().containsKey(b.name())) {
                ids.bodies().put(b.name(), governance.createBody(strategyId, body(b, null)));
            }
        });
        each(StrategyWorkbook.GOVERNANCE, file, touched, b -> {
            long id = ids.bodies().get(b.name());
            BodyFields f = body(b, b.reportsTo() == null ? null : ids.bodies().get(b.reportsTo()));
            if (!f.equals(governance.body(strategyId, id).fields())) {
                governance.updateBody(
                        strategyId, id, f, governance.body(strategyId, id).version());
            }
        });
        each(PlanSheets.PRIORITIES, file, touched, p -> {
            PriorityFields f = new PriorityFields(
                    p.label(),
                    p.number(),
                    p.title(),
                    p.statement(),
                    p.vision(),
                    p.challenge(),
                    p.lead(),
                    p.workstream() == null ? null : ids.bodies().get(p.workstream()),
                    p.partners().stream().map(ids.partners()::get).toList(),
                    p.kind());
            Long id = ids.priorities().get(p.key());
            if (id == null) {
                ids.priorities().put(p.key(), priorities.createPriority(strategyId, f));
            } else {
                priorities.updatePriority(
                        strategyId, id, f, priorities.priority(strategyId, id).version());
            }
        });
        each(PlanSheets.STATEMENTS, file, touched, s -> {
            long priorityId = ids.priorities().get(s.priority());
            Long id = ids.statements().get(s.ref());
            if (id == null) {
                ids.statements().put(s.ref(), priorities.addStatement(strategyId, priorityId, s.kind(), s.text()));
            } else {
                long version = priorities.statement(strategyId, priorityId, id).version();
                priorities.updateStatement(strategyId, priorityId, id, s.kind(), s.text(), version);
            }
        });
        reports.apply(strategyId, file, touched, ids);
        each(PlanSheets.ACTIONS, file, touched, a -> {
            ActionFields f = new ActionFields(
                    ids.priorities().get(a.priority()),
                    a.statement() == null ? null : ids.statements().get(a.statement()),
                    a.ref(),
                    a.text(),
                    DueDate.parse(a.due()),
                    a.leads().stream().map(t -> lead(t, leads, officers)).toList(),
                    new LinkedHashSet<>(
                            a.partners().stream().map(ids.partners()::get).toList()),
                    a.successMeasure(),
                    a.crossReference());
            List<Long> answers =
                    a.answers().stream().map(ids.recommendations()::get).toList();
            Long id = ids.actions().get(a.ref());
            if (id == null) {
                ids.actions().put(a.ref(), actions.create(strategyId, f, answers));
            } else {
                actions.update(
                        strategyId,
                        id,
                        f,
                        answers,
                        actions.action(strategyId, id).version());
            }
        });
        each(MeasureSheets.MEASURES, file, touched, m -> {
            Long id = ids.measures().get(m.ref());
            MeasureEdit was = id == null ? null : measures.measure(strategyId, id);
            boolean sameOwner = was != null
                    && m.owner() != null
                    && m.owner().equalsIgnoreCase(nonNull(was.fields().ownerTitle()));
            Long owner = m.owner() == null
                    ? null
                    : person(m.owner(), sameOwner, sameOwner ? was.fields().ownerUserId() : null, officers);
            MeasureFields f = new MeasureFields(
                    m.priority() == null ? null : ids.priorities().get(m.priority()),
                    m.statement() == null ? null : ids.statements().get(m.statement()),
                    m.ref(),
                    m.title(),
                    m.definition(),
                    m.unit(),
                    m.polarity(),
                    m.frequency(),
                    m.owner(),
                    owner,
                    m.cypPlanPriority(),
                    m.corporatePriority(),
                    m.baseline(),
                    m.baselineWhen(),
                    m.margin() == null ? null : new SimilarMargin(m.margin(), m.marginUnit()));
            if (id == null) {
                ids.measures().put(m.ref(), measures.create(strategyId, f));
            } else {
                measures.update(strategyId, id, f, was.version());
            }
        });
        each(MeasureSheets.TARGETS, file, touched, t -> {
            long measureId = ids.measures().get(t.measure());
            Long version = targets.target(strategyId, measureId, t.year())
                    .map(e -> e.version())
                    .orElse(null);
            targets.setTarget(
                    strategyId,
                    measureId,
                    new TargetFields(t.year(), t.target(), t.targetLow(), t.targetHigh(), t.amberThreshold(), reason),
                    version);
        });
        each(MeasureSheets.BENCHMARKS, file, touched, b -> {
            long measureId = ids.measures().get(b.measure());
            Long version = targets.benchmark(strategyId, measureId, b.year())
                    .map(e -> e.version())
                    .orElse(null);
            targets.setBenchmark(
                    strategyId,
                    measureId,
                    new BenchmarkFields(b.year(), b.statNeighbour(), b.national(), reason),
                    version);
        });
        each(StrategyWorkbook.PROMISES, file, touched, p -> {
            PromiseFields f = new PromiseFields(
                    p.text(),
                    new LinkedHashSet<>(
                            p.actions().stream().map(ids.actions()::get).toList()),
                    new LinkedHashSet<>(
                            p.measures().stream().map(ids.measures()::get).toList()));
            Long id = ids.promises().get(p.key());
            if (id == null) {
                ids.promises().put(p.key(), strategies.addPromise(strategyId, f));
            } else {
                strategies.updatePromise(
                        strategyId, id, f, strategies.promise(strategyId, id).version());
            }
        });
        return strategyId;
    }

    /** Each item of the sheet that the plan creates or changes, in the file's order. */
    static <T> void each(SheetFormat<T> format, StrategyDocument file, Set<String> touched, Consumer<T> apply) {
        for (T item : format.items().apply(file)) {
            if (touched.contains(id(format, ((Item) item).key()))) {
                apply.accept(item);
            }
        }
    }

    private String id(Change c) {
        return c.sheet() + "\u0000" + c.key();
    }

    private static String id(SheetFormat<?> format, String key) {
        return format.name() + "\u0000" + key;
    }

    private static BodyFields body(BodyItem b, Long reportsTo) {
        return new BodyFields(b.name(), b.kind(), b.description(), b.membership(), b.chair(), reportsTo);
    }

    /** A lead named by job title, linked to a person as {@link #person} says. */
    private static Lead lead(String title, Map<String, Lead> known, Map<String, Long> officers) {
        Lead k = known.get(title.toLowerCase());
        return new Lead(title, person(title, k != null, k == null ? null : k.userId(), officers));
    }

    /**
     * The person a job title names: whoever the strategy already links to that title, when it has it ({@code known}:
     * an administrator may have chosen them, or chosen nobody), else the one officer whose job title it is, else
     * nobody yet (an administrator links them on the item's page).
     */
    private static Long person(String title, boolean known, Long knownId, Map<String, Long> officers) {
        return known ? knownId : officers.get(title.toLowerCase());
    }

    /** Officers by job title, where exactly one officer has it. */
    private Map<String, Long> officersByTitle() {
        Map<String, List<UserSummary>> byTitle = users.officers().stream()
                .filter(u -> u.jobTitle() != null && !u.jobTitle().isBlank())
                .collect(Collectors.groupingBy(u -> u.jobTitle().strip().toLowerCase()));
        Map<String, Long> unique = new HashMap<>();
        byTitle.forEach((t, us) -> {
            if (us.size() == 1) {
                unique.put(t, us.getFirst().id());
            }
        });
        return unique;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
