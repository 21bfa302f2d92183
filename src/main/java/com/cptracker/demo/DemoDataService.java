package com.cptracker.demo;

import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionRecords.NewAction;
import com.cptracker.actions.ActionRecords.SubmittedUpdate;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.DueDate;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.GovernanceRecords.NewBody;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.NewMeasure;
import com.cptracker.measures.MeasureRecords.NewValue;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.MeasureService;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterState;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyRecords.NewPriority;
import com.cptracker.strategy.StrategyRecords.NewPromise;
import com.cptracker.strategy.StrategyRecords.NewStatement;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyRecords.PriorityIds;
import com.cptracker.strategy.StrategyRecords.Section;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.NewUser;
import com.cptracker.users.Role;
import com.cptracker.users.UserService;
import com.cptracker.users.UserSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Enters the demo strategies and the demo accounts, all in one transaction, and only into an empty database. An
 * advisory lock keeps two instances starting together from both loading.
 */
@Service
class DemoDataService {

    /** Arbitrary, fixed key for {@code pg_advisory_xact_lock}: "CPT demo". */
    private static final long LOCK_KEY = 0x4350_5444_454d_4fL;

    /** The job title of the demo officer: leads actions and owns measures in the Cheshire East demo. */
    static final String OFFICER_JOB_TITLE = "Care Leavers Team Manager";

    private final DemoDataProperties properties;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final UserService users;
    private final StrategyService strategies;
    private final GovernanceService governance;
    private final ActionService actions;
    private final MeasureService measures;
    private final QuarterService quarters;

    DemoDataService(
            DemoDataProperties properties,
            ObjectMapper json,
            JdbcTemplate jdbc,
            UserService users,
            StrategyService strategies,
            GovernanceService governance,
            ActionService actions,
            MeasureService measures,
            QuarterService quarters) {
        this.quarters = quarters;
        this.properties = properties;
        this.json = json;
        this.jdbc = jdbc;
        this.users = users;
        this.strategies = strategies;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
    }

    /** Loads the demo data when the database holds no strategy and no account; returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK_KEY);
        if (strategies.count() > 0 || users.count() > 0) {
            return false;
        }
        UserSummary officer = createAccounts();
        for (String file : properties.files()) {
            DemoStrategy strategy = read(file);
            long strategyId = load(strategy, officer);
            ClassPathResource progress = new ClassPathResource(file.replace(".json", "-progress.json"));
            if (progress.exists()) {
                loadProgress(strategyId, progress, read(file), officer);
            }
            // Published last, as a council would: each published quarter keeps the strategy as it then stands.
            setUpQuarters(strategyId, strategy);
        }
        return true;
    }

    private UserSummary createAccounts() {
        String password = properties.password();
        users.create(new NewUser(
                "board",
                "Councillor Demo (board member)",
                "Member, Corporate Parenting Board",
                demoAddress("board"),
                password,
                Set.of(Role.BOARD_MEMBER),
                true));
        users.create(new NewUser(
                "admin",
                "Demo administrator",
                "Performance and Intelligence Officer",
                demoAddress("admin"),
                password,
                Set.of(Role.ADMINISTRATOR),
                true));
        return users.create(new NewUser(
                "officer",
                "Demo officer",
                OFFICER_JOB_TITLE,
                demoAddress("officer"),
                password,
                Set.of(Role.OFFICER),
                true));
    }

    /**
     * A demo account's address, in the {@code .invalid} domain reserved never to resolve (RFC 2606): a local mail
     * catcher shows its mail, and no real mail server delivers it anywhere.
     */
    private static String demoAddress(String username) {
        return username + "@demo.invalid";
    }

    DemoStrategy read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return json.readValue(in, DemoStrategy.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo strategy " + file, e);
        }
    }

    /** Demo progress updates: each written as by the action's first lead, and by the demo officer where that is them. */
    private void loadProgress(long strategyId, ClassPathResource file, DemoStrategy s, UserSummary officer) {
        Map<String, String> firstLead = new HashMap<>();
        s.priorities()
                .forEach(p -> p.actions()
                        .forEach(a -> firstLead.put(
                                a.ref(),
                                a.leads().isEmpty() ? "Action lead" : a.leads().getFirst())));
        List<DemoProgress> updates;
        try (InputStream in = file.getInputStream()) {
            updates = List.of(json.readValue(in, DemoProgress[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo progress " + file.getPath(), e);
        }
        actions.recordSubmittedUpdates(
                strategyId,
                updates.stream()
                        .map(u -> {
                            String lead = firstLead.getOrDefault(u.ref(), "Action lead");
                            boolean byOfficer = lead.equalsIgnoreCase(officer.jobTitle());
                            return new SubmittedUpdate(
                                    u.ref(),
                                    u.period(),
                                    u.assessment(),
                                    u.progress(),
                                    u.completedOn(),
                                    byOfficer ? officer.id() : null,
                                    byOfficer ? officer.displayName() : lead,
                                    true);
                        })
                        .toList());
    }

    /** Every quarter published but the strategy's last, which is open for updates with a month's deadline. */
    private void setUpQuarters(long strategyId, DemoStrategy s) {
        ReportingPeriod q = ReportingPeriod.quarterOf(s.startsOn());
        ReportingPeriod last = ReportingPeriod.quarterOf(s.endsOn());
        while (!q.equals(last)) {
            quarters.setUp(strategyId, q.code(), QuarterState.PUBLISHED, q.end().plusMonths(1));
            q = q.next();
        }
        quarters.setUp(strategyId, last.code(), QuarterState.OPEN, last.end().plusMonths(1));
    }

    record DemoProgress(String ref, String period, Assessment assessment, String progress, LocalDate completedOn) {}

    private long load(DemoStrategy s, UserSummary officer) {
        long strategyId = strategies.createStrategy(new NewStrategy(
                s.slug(),
                s.title(),
                s.subtitle(),
                s.council(),
                s.startsOn(),
                s.endsOn(),
                s.status(),
                s.vision(),
                s.contact(),
                true,
                s.sections().stream()
                        .map(x -> new Section(x.heading(), x.body()))
                        .toList()));
        Map<String, Long> partnerIds = governance.addPartners(
                strategyId,
                s.partners().stream()
                        .map(p -> new NewPartner(p.key(), p.name(), null))
                        .toList());
        Map<String, Long> bodyIds = governance.addBodies(
                strategyId,
                s.governance().stream()
                        .map(b -> new NewBody(
                                b.key(), b.name(), b.kind(), b.description(), b.membership(), b.chair(), b.reportsTo()))
                        .toList());

        Map<Integer, Long> priorityIds = new HashMap<>();
        Map<String, Long> statementIds = new HashMap<>();
        List<NewAction> newActions = new ArrayList<>();
        for (DemoStrategy.Priority p : s.priorities()) {
            PriorityIds ids = strategies.addPriority(
                    strategyId,
                    new NewPriority(
                            p.label(),
                            p.number(),
                            p.title(),
                            p.statement(),
                            p.vision(),
                            p.challenge(),
                            p.leadTitle(),
                            p.workstream() == null ? null : lookup(bodyIds, p.workstream(), "workstream"),
                            p.partners().stream()
                                    .map(k -> lookup(partnerIds, k, "partner"))
                                    .toList(),
                            p.statements().stream()
                                    .map(st -> new NewStatement(st.key(), st.kind(), st.text()))
                                    .toList(),
                            PriorityKind.PRIORITY));
            priorityIds.put(p.number(), ids.priorityId());
            statementIds.putAll(ids.statementIds());
            for (DemoStrategy.Action a : p.actions()) {
                newActions.add(new NewAction(
                        ids.priorityId(),
                        a.statement() == null ? null : lookup(ids.statementIds(), a.statement(), "statement"),
                        a.ref(),
                        a.text(),
                        DueDate.parse(a.due()),
                        leads(a.leads(), officer),
                        ids(a.partners(), k -> lookup(partnerIds, k, "partner")),
                        a.successMeasure(),
                        null));
            }
        }
        Map<String, Long> actionIds = actions.addActions(strategyId, s.endsOn(), newActions);
        Map<String, Long> measureIds = measures.addMeasures(
                strategyId,
                s.measures().stream()
                        .map(m -> measure(m, priorityIds, statementIds, officer))
                        .toList(),
                null,
                "Demo data",
                true);
        strategies.addPromises(
                strategyId,
                s.promises().stream()
                        .map(p -> new NewPromise(
                                p.text(),
                                ids(p.actions(), r -> lookup(actionIds, r, "action")),
                                ids(p.measures(), r -> lookup(measureIds, r, "measure"))))
                        .toList());
        return strategyId;
    }

    private static List<Lead> leads(List<String> titles, UserSummary officer) {
        return titles.stream()
                .map(t -> new Lead(t, t.equalsIgnoreCase(officer.jobTitle()) ? officer.id() : null))
                .toList();
    }

    private static NewMeasure measure(
            DemoStrategy.Measure m,
            Map<Integer, Long> priorityIds,
            Map<String, Long> statementIds,
            UserSummary officer) {
        Long owner = officer.jobTitle().equalsIgnoreCase(m.ownerTitle()) ? officer.id() : null;
        String source = m.demo() ? "Demo figure: the strategy document gives none" : "The strategy document";
        return new NewMeasure(
                m.priority() == null ? null : lookup(priorityIds, m.priority(), "priority"),
                m.statement() == null ? null : lookup(statementIds, m.statement(), "statement"),
                m.ref(),
                m.title(),
                m.definition(),
                m.unit(),
                m.polarity(),
                m.frequency(),
                m.ownerTitle(),
                owner,
                m.cypPlanPriority(),
                m.corporatePriority(),
                m.demo(),
                m.targets().stream()
                        .map(t -> new TargetYear(
                                t.year(), t.target(), t.targetLow(), t.targetHigh(), t.amberThreshold(), source))
                        .toList(),
                m.benchmarks().stream()
                        .map(b -> new BenchmarkYear(b.year(), b.statNeighbour(), b.national(), source))
                        .toList(),
                m.values().stream()
                        .map(v -> new NewValue(v.period(), v.value(), v.mark(), v.text(), v.note()))
                        .toList());
    }

    private static <K> Long lookup(Map<K, Long> ids, K key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("The demo data names an unknown " + what + " " + key);
        }
        return id;
    }

    private static Set<Long> ids(List<String> keys, Function<String, Long> lookup) {
        Set<Long> ids = new LinkedHashSet<>();
        keys.forEach(k -> ids.add(lookup.apply(k)));
        return ids;
    }
}
