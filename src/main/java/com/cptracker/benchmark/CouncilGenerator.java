package com.cptracker.benchmark;

import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionRecords.NewAction;
import com.cptracker.actions.ActionRecords.SubmittedUpdate;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.DueDate;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceRecords.NewBody;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureRecords.BenchmarkYear;
import com.cptracker.measures.MeasureRecords.NewMeasure;
import com.cptracker.measures.MeasureRecords.NewValue;
import com.cptracker.measures.MeasureRecords.TargetYear;
import com.cptracker.measures.MeasureService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterState;
import com.cptracker.status.Assessment;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyRecords.NewPriority;
import com.cptracker.strategy.StrategyRecords.NewPromise;
import com.cptracker.strategy.StrategyRecords.NewStatement;
import com.cptracker.strategy.StrategyRecords.NewStrategy;
import com.cptracker.strategy.StrategyRecords.PriorityIds;
import com.cptracker.strategy.StrategyRecords.Section;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Enters synthetic strategies of a given {@link CouncilShape} through the services the demo data uses, as a council
 * would: the structure, every figure (dated 12 days after its period) and every progress update (10 days after) first,
 * then each quarter published in turn (a week after its deadline), so that a published quarter keeps the strategy as
 * it then stood and shows the figures and updates entered before it; the last quarter is left open. Deterministic: the
 * same shape gives the same data. Each service call is its own transaction, so the persistence context stays small.
 * <p>
 * Every strategy has the refs the page tests reach in Cheshire East: priority 2, measure P2.11, action 1a (with no
 * partners).
 */
public class CouncilGenerator {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final int PARTNERS = 30;
    private static final int PROMISES = 20;
    private static final int GENERAL_MEASURES = 3;
    private static final String[] THEMES = {
        "a safe and stable home",
        "good health and wellbeing",
        "education, employment and training",
        "being heard and taking part",
        "a good start as a care leaver",
        "family and friends",
        "somewhere to live after care",
        "money and independence"
    };
    private static final String[] VERBS = {
        "Review",
        "Strengthen",
        "Extend",
        "Embed",
        "Commission",
        "Develop",
        "Improve",
        "Monitor",
        "Co-produce",
        "Train staff in"
    };
    private static final String[] OBJECTS = {
        "the local offer for care leavers",
        "placement sufficiency planning",
        "health assessments for children in care",
        "personal education plans",
        "pathway planning",
        "the children in care council's work with elected members",
        "independent visitor matching",
        "staying put and staying close arrangements",
        "apprenticeships ring-fenced for care leavers",
        "return home interviews"
    };
    private static final String[] PROGRESS = {
        "Work is under way and the first milestones were met this quarter.",
        "The working group met twice; the draft was shared with the children in care council for comment.",
        "Delayed by staffing changes in the team; a revised timetable goes to the next workstream meeting.",
        "Feedback from young people has been built into the plan and training dates are booked.",
        "The partner agencies signed the protocol and the first monthly report was produced."
    };
    private static final String[] LEADS = {
        "Head of Cared for Children and Care Leavers",
        "Virtual Headteacher",
        "Designated Nurse for Children in Care",
        "Care Leavers Team Manager",
        "Head of Commissioning",
        "Service Manager, Fostering",
        "Participation Lead",
        "Head of Housing Options",
        "Principal Social Worker",
        "Independent Reviewing Service Manager",
        "Designated Doctor",
        "Skills and Growth Manager",
        "Head of Service"
    };

    /** A strategy entered: where its pages are and which quarter is the latest the board has seen. */
    public record GeneratedStrategy(long id, String slug, String latestPublished) {}

    private final StrategyService strategies;
    private final GovernanceService governance;
    private final ActionService actions;
    private final MeasureService measures;
    private final QuarterService quarters;

    public CouncilGenerator(
            StrategyService strategies,
            GovernanceService governance,
            ActionService actions,
            MeasureService measures,
            QuarterService quarters) {
        this.strategies = strategies;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
        this.quarters = quarters;
    }

    /** Enters every strategy of the shape, each complete with its published quarters before the next. */
    public List<GeneratedStrategy> generate(CouncilShape shape) {
        List<GeneratedStrategy> generated = new ArrayList<>();
        for (int n = 1; n <= shape.strategies(); n++) {
            generated.add(generate(shape, n));
        }
        return generated;
    }

    /** Enters the n-th strategy (from 1) of the shape. */
    public GeneratedStrategy generate(CouncilShape shape, int n) {
        String slug = shape.slug(n);
        List<ReportingPeriod> span = quarters(shape);
        long id = strategies.createStrategy(new NewStrategy(
                slug,
                "Generated corporate parenting strategy " + n + " (" + shape.name() + ")",
                "Synthetic data for measuring the application",
                "Generated Council " + n,
                shape.startsOn(),
                shape.endsOn(),
                StrategyStatus.ARCHIVED,
                "Every child in our care has " + THEMES[n % THEMES.length] + ".",
                "performance@generated.example",
                false,
                List.of(new Section("About this strategy", "Generated for the benchmark: " + shape + "."))));
        List<NewPartner> newPartners = new ArrayList<>();
        for (int i = 1; i <= PARTNERS; i++) {
            newPartners.add(new NewPartner("p" + i, "Partner organisation " + i, null));
        }
        Map<String, Long> partners = governance.addPartners(id, newPartners);
        List<NewBody> bodies = new ArrayList<>();
        bodies.add(new NewBody(
                "board",
                "Corporate Parenting Board",
                BodyKind.BOARD,
                "Holds the strategy to account.",
                "Elected members, partners and young people",
                "Lead Member for Children",
                null));
        for (int p = 1; p <= shape.priorities(); p++) {
            bodies.add(new NewBody(
                    "w" + p,
                    "Workstream " + p,
                    BodyKind.WORKSTREAM,
                    "Delivers priority " + p + ".",
                    null,
                    LEADS[p % LEADS.length],
                    "board"));
        }
        Map<String, Long> bodyIds = governance.addBodies(id, bodies);

        List<Long> priorityIds = new ArrayList<>();
        List<List<Long>> statementIds = new ArrayList<>();
        for (int p = 1; p <= shape.priorities(); p++) {
            String theme = THEMES[(p - 1) % THEMES.length];
            // The last is a theme that cuts across the pledges, as many strategies have: its page is read as theirs.
            boolean crossCutting = p > 1 && p == shape.priorities();
            PriorityIds ids = strategies.addPriority(
                    id,
                    new NewPriority(
                            crossCutting ? "Cross-cutting theme" : "Pledge",
                            crossCutting ? 1 : p,
                            "We will give you " + theme,
                            "Children in care and care leavers have " + theme + ".",
                            "Every young person has " + theme + ".",
                            null,
                            LEADS[p % LEADS.length],
                            bodyIds.get("w" + p),
                            List.of(partners.get("p" + p), partners.get("p" + (p + 5))),
                            List.of(
                                    new NewStatement(
                                            "a", StatementKind.COMMITMENT, "We will listen to you about " + theme),
                                    new NewStatement(
                                            "b", StatementKind.COMMITMENT, "We will plan " + theme + " with you"),
                                    new NewStatement("c", StatementKind.OUTCOME_STATEMENT, "You have " + theme)),
                            crossCutting ? PriorityKind.THEME : PriorityKind.PRIORITY));
            priorityIds.add(ids.priorityId());
            statementIds.add(List.copyOf(ids.statementIds().values()));
        }

        List<NewAction> newActions = new ArrayList<>();
        List<String> actionRefs = new ArrayList<>();
        for (int i = 0; i < shape.actions(); i++) {
            int p = i % shape.priorities();
            String ref = (p + 1) + letters(i / shape.priorities());
            ReportingPeriod due = span.get((i * 7) % span.size());
            newActions.add(new NewAction(
                    priorityIds.get(p),
                    statementIds.get(p).get(i % 3),
                    ref,
                    VERBS[i % VERBS.length] + " " + OBJECTS[(i / VERBS.length) % OBJECTS.length] + " (" + ref + ")",
                    DueDate.parse(i % 7 == 0 ? "Ongoing" : due.end().format(MONTH)),
                    i % 4 == 0
                            ? List.of(
                                    new Lead(LEADS[i % LEADS.length], null),
                                    new Lead(LEADS[(i + 5) % LEADS.length], null))
                            : List.of(new Lead(LEADS[i % LEADS.length], null)),
                    // 1a has no partners, as in Cheshire East
                    i % 3 == 0
                            ? Set.of()
                            : Set.of(
                                    partners.get("p" + (1 + i % PARTNERS)),
                                    partners.get("p" + (1 + (i + 7) % PARTNERS))),
                    "Evidence that " + OBJECTS[i % OBJECTS.length] + " has improved",
                    null));
            actionRefs.add(ref);
        }
        Map<String, Long> actionIds = actions.addActions(id, shape.endsOn(), newActions);
        actions.recordSubmittedUpdates(id, updates(shape, span, actionRefs, n));

        List<NewMeasure> newMeasures = new ArrayList<>();
        int[] perPriority = new int[shape.priorities()];
        for (int i = 0; i < shape.measures(); i++) {
            if (i < GENERAL_MEASURES) {
                newMeasures.add(measure(shape, span, "G" + (i + 1), null, i, n));
            } else {
                int p = (i - GENERAL_MEASURES) % shape.priorities();
                newMeasures.add(
                        measure(shape, span, "P" + (p + 1) + "." + (++perPriority[p]), priorityIds.get(p), i, n));
            }
        }
        Map<String, Long> measureIds = measures.addMeasures(id, newMeasures, null, "Generated", true);

        List<Long> a = List.copyOf(actionIds.values());
        List<Long> m = List.copyOf(measureIds.values());
        List<NewPromise> promises = new ArrayList<>();
        for (int i = 0; i < PROMISES; i++) {
            Set<Long> promisedActions = new LinkedHashSet<>();
            for (int j = i; j < a.size() && promisedActions.size() < 10; j += PROMISES) {
                promisedActions.add(a.get(j));
            }
            Set<Long> promisedMeasures = new LinkedHashSet<>();
            for (int j = i; j < m.size() && promisedMeasures.size() < 5; j += PROMISES) {
                promisedMeasures.add(m.get(j));
            }
            promises.add(new NewPromise(
                    "We will make sure you have " + THEMES[i % THEMES.length] + " (" + (i + 1) + ")",
                    promisedActions,
                    promisedMeasures));
        }
        strategies.addPromises(id, promises);

        // Published last, in order, as a council would; the last quarter stays open for updates.
        for (ReportingPeriod q : span.subList(0, span.size() - 1)) {
            quarters.setUp(id, q.code(), QuarterState.PUBLISHED, q.end().plusMonths(1));
        }
        ReportingPeriod last = span.getLast();
        quarters.setUp(id, last.code(), QuarterState.OPEN, last.end().plusMonths(1));
        return new GeneratedStrategy(id, slug, span.get(span.size() - 2).code());
    }

    static List<ReportingPeriod> quarters(CouncilShape shape) {
        List<ReportingPeriod> span = new ArrayList<>();
        ReportingPeriod q = ReportingPeriod.quarterOf(shape.startsOn());
        for (int i = 0; i < shape.quarters(); i++) {
            span.add(q);
            q = q.next();
        }
        return span;
    }

    /**
     * Each action's updates, spread evenly over the published quarters with the last in the latest of them; about one
     * action in ten reports itself complete in its last update.
     */
    private static List<SubmittedUpdate> updates(
            CouncilShape shape, List<ReportingPeriod> span, List<String> refs, int n) {
        int latest = span.size() - 2;
        int step = Math.max(1, latest / Math.max(1, shape.updates()));
        List<SubmittedUpdate> updates = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Random random = new Random(31L * n + i);
            boolean completes = random.nextInt(10) == 0;
            for (int k = shape.updates() - 1; k >= 0; k--) {
                ReportingPeriod period = span.get(Math.max(0, latest - step * k));
                Assessment assessment = k == 0 && completes
                        ? Assessment.COMPLETE
                        : switch (random.nextInt(20)) {
                            case 0, 1, 2 -> Assessment.OFF_TRACK;
                            case 3, 4, 5, 6, 7 -> Assessment.AT_RISK;
                            default -> Assessment.ON_TRACK;
                        };
                updates.add(new SubmittedUpdate(
                        refs.get(i),
                        period.code(),
                        assessment,
                        PROGRESS[random.nextInt(PROGRESS.length)] + " " + PROGRESS[random.nextInt(PROGRESS.length)],
                        assessment == Assessment.COMPLETE ? period.end().minusDays(20) : null,
                        null,
                        LEADS[i % LEADS.length],
                        false));
            }
        }
        return updates;
    }

    /** A quarterly measure of one of five kinds, with a value for every quarter, targets and benchmarks every year. */
    private static NewMeasure measure(
            CouncilShape shape, List<ReportingPeriod> span, String ref, Long priorityId, int i, int n) {
        Random random = new Random(1_000_003L * n + i);
        MeasureUnit unit;
        Polarity polarity;
        double target;
        double amber;
        switch (i % 5) {
            case 0 -> {
                unit = MeasureUnit.PERCENTAGE;
                polarity = Polarity.HIGHER_IS_BETTER;
                target = 80;
                amber = 5;
            }
            case 1 -> {
                unit = MeasureUnit.NUMBER;
                polarity = Polarity.LOWER_IS_BETTER;
                target = 20;
                amber = 4;
            }
            case 2 -> {
                unit = MeasureUnit.DAYS;
                polarity = Polarity.LOWER_IS_BETTER;
                target = 30;
                amber = 5;
            }
            case 3 -> {
                unit = MeasureUnit.RATE_PER_10000;
                polarity = Polarity.CONTEXT_ONLY;
                target = 60;
                amber = 0;
            }
            default -> {
                unit = MeasureUnit.PERCENTAGE;
                polarity = Polarity.LOWER_IS_BETTER;
                target = 10;
                amber = 3;
            }
        }
        List<TargetYear> targets = new ArrayList<>();
        List<BenchmarkYear> benchmarks = new ArrayList<>();
        for (int y = shape.startYear(); y <= shape.endsOn().getYear() - 1; y++) {
            String year = ReportingPeriod.yearCode(y);
            if (polarity != Polarity.CONTEXT_ONLY) {
                targets.add(new TargetYear(year, decimal(target), null, null, decimal(amber), "Set by the board"));
            }
            benchmarks.add(new BenchmarkYear(
                    year,
                    decimal(target * (0.9 + random.nextDouble() * 0.2)),
                    decimal(target * (0.9 + random.nextDouble() * 0.2)),
                    "LAIT"));
        }
        List<NewValue> values = new ArrayList<>();
        double value = target * (0.8 + random.nextDouble() * 0.4);
        for (ReportingPeriod q : span) {
            value = Math.max(0, value + target * (random.nextDouble() - 0.5) * 0.15);
            if (unit == MeasureUnit.PERCENTAGE) {
                value = Math.min(100, value);
            }
            boolean suppressed = random.nextInt(40) == 0;
            BigDecimal figure = unit == MeasureUnit.NUMBER ? BigDecimal.valueOf(Math.round(value)) : decimal(value);
            values.add(new NewValue(
                    q.code(),
                    suppressed ? null : figure,
                    suppressed ? Mark.CONFIDENTIAL : null,
                    null,
                    random.nextInt(8) == 0 ? "Includes late returns from two partner agencies." : null));
        }
        return new NewMeasure(
                priorityId,
                null,
                ref,
                "Generated measure " + ref + ": " + OBJECTS[i % OBJECTS.length],
                "How " + OBJECTS[i % OBJECTS.length] + " is measured",
                unit,
                polarity,
                Frequency.QUARTERLY,
                LEADS[i % LEADS.length],
                null,
                "Children and young people achieve their potential",
                "Outcome " + (1 + i % 3),
                false,
                targets,
                benchmarks,
                values);
    }

    private static BigDecimal decimal(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
    }

    /** 0 is "a", 25 "z", 26 "aa": the letters of Cheshire East's action refs, continued as spreadsheet columns. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return s.toString();
    }
}
