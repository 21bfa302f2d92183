package com.cptracker.assessment;

import com.cptracker.assessment.AssessmentEdits.RatingFields;
import com.cptracker.assessment.AssessmentRecords.Criterion;
import com.cptracker.assessment.AssessmentRecords.Framework;
import com.cptracker.assessment.AssessmentRecords.Level;
import com.cptracker.assessment.AssessmentRecords.Rating;
import com.cptracker.assessment.domain.AssessmentFramework;
import com.cptracker.assessment.domain.CriterionRating;
import com.cptracker.assessment.domain.CriterionRepository;
import com.cptracker.assessment.domain.FrameworkCriterion;
import com.cptracker.assessment.domain.FrameworkRepository;
import com.cptracker.assessment.domain.RatingRepository;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.reporting.QuarterState;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A criterion's rating for a quarter, recorded by its lead or an administrator while the quarter is open (an
 * administrator also while it is closed), every change audited. Once the board has seen the quarter, only an
 * administrator changes it, by a correction with a reason that keeps what it said before.
 */
@Service
@Transactional(readOnly = true)
public class RatingService {

    private static final String RATING = "assessment rating";

    private final AssessmentService assessment;
    private final FrameworkRepository frameworks;
    private final CriterionRepository criteria;
    private final RatingRepository ratings;
    private final QuarterService quarters;
    private final StrategyService strategies;
    private final AuditService audit;
    private final Clock clock;

    RatingService(
            AssessmentService assessment,
            FrameworkRepository frameworks,
            CriterionRepository criteria,
            RatingRepository ratings,
            QuarterService quarters,
            StrategyService strategies,
            AuditService audit,
            Clock clock) {
        this.assessment = assessment;
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.ratings = ratings;
        this.quarters = quarters;
        this.strategies = strategies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a rating page shows: the framework now, the criterion, the quarter, its rating so far (null when none) and
     * whether the board has seen the quarter (then a change is a correction with a reason).
     */
    public record RatingTarget(
            Framework framework, Criterion criterion, QuarterStatus quarter, Rating current, boolean correction) {

        /** The rating's version as the page showed it: -1 when there is none yet. */
        public long version() {
            return current == null ? -1 : current.version();
        }
    }

    /**
     * The criterion and quarter to rate, if this person may rate it: its lead or an administrator while the quarter is
     * open, an administrator once it is closed or published. Anything else (a quarter not opened, another strategy's
     * criterion, someone else's) is not found.
     */
    public RatingTarget target(StrategySummary s, long criterionId, String periodCode, CurrentUser user) {
        Framework fw = assessment.framework(s.id()).orElseThrow(() -> new NotFoundException("Criterion", criterionId));
        Criterion c = fw.criterion(criterionId).orElseThrow(() -> new NotFoundException("Criterion", criterionId));
        QuarterStatus q = quarters.statuses(s.id(), s.quarters()).stream()
                .filter(x -> x.quarter().code().equals(periodCode))
                .filter(x -> x.state() != QuarterState.NOT_OPENED)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Quarter", periodCode));
        boolean admin = user.has(Role.ADMINISTRATOR);
        boolean lead = Objects.equals(c.leadUserId(), user.id()) && user.has(Role.OFFICER);
        if (!admin && !(lead && q.open())) {
            throw new NotFoundException("Criterion", criterionId);
        }
        Rating current = ratings.findByCriterionIdAndPeriodCodeAndSupersededFalse(criterionId, periodCode)
                .map(AssessmentService::view)
                .orElse(null);
        return new RatingTarget(fw, c, q, current, q.published());
    }

    /**
     * Records the rating. The step must be on the scale now; a correction needs a reason. Refused if the page showed
     * another version ({@code expectedVersion} -1 when it showed none).
     */
    @Transactional
    public void rate(RatingTarget t, RatingFields f, String reason, long expectedVersion) {
        Level level = t.framework().scale().stream()
                .filter(l -> l.id() == f.levelId())
                .findFirst()
                .orElseThrow(() -> new RejectedInput("levelId", "Choose a rating from the scale"));
        if (t.correction()) {
            ArchiveCheck.reason(reason);
        }
        long criterionId = t.criterion().id();
        ReportingPeriod period = t.quarter().quarter();
        Optional<CriterionRating> existing =
                ratings.findByCriterionIdAndPeriodCodeAndSupersededFalse(criterionId, period.code());
        ConcurrentChangeException.check(
                existing.map(CriterionRating::getVersion).orElse(-1L), expectedVersion);
        CurrentUser user = CurrentUser.get().orElseThrow();
        Changes changes =
                describe(t.framework(), existing.map(CriterionRating::fields).orElse(null), f);
        CriterionRating r = existing.orElseGet(() -> new CriterionRating(criterionId, period));
        if (t.correction()) {
            CriterionRating previous =
                    existing.map(e -> ratings.save(e.supersededCopy())).orElse(null);
            r.correct(f, user.id(), user.getUsername(), clock.instant(), reason.strip(), previous);
        } else {
            r.change(f, user.id(), user.getUsername(), clock.instant());
        }
        CriterionRating saved = ratings.save(r);
        String label = t.criterion().label() + ", " + period.label() + ": " + level.words();
        if (existing.isEmpty()) {
            audit.record(RATING, saved.getId(), label, "CREATE", changes, t.correction() ? reason.strip() : null);
        } else if (t.correction()) {
            audit.record(RATING, saved.getId(), label, "CORRECT", changes, reason.strip());
        } else {
            audit.recordUpdate(RATING, saved.getId(), label, changes);
        }
    }

    private static Changes describe(Framework fw, RatingFields before, RatingFields after) {
        return Changes.between(before, after)
                .field("rating", f -> fw.level(f.levelId()).map(Level::words).orElse("#" + f.levelId()))
                .field("evidence", RatingFields::evidence)
                .field("actions", f -> f.actionIds().stream().sorted().toList().toString())
                .field(
                        "measures",
                        f -> f.measureIds().stream().sorted().toList().toString())
                .changes();
    }

    /** A criterion an officer leads, to rate in the open quarter, with its rating so far (null when none). */
    public record ToRate(Criterion criterion, Rating rating) {}

    /** A strategy's criteria this person rates in its open quarter. */
    public record RatingWork(StrategySummary strategy, ReportingPeriod quarter, List<ToRate> criteria) {

        public long rated() {
            return criteria.stream().filter(c -> c.rating() != null).count();
        }
    }

    /**
     * The criteria this person leads, in each strategy that has a quarter open (the first, as officers' updates go),
     * in the strategies' order, each with its rating so far.
     */
    public List<RatingWork> toRate(CurrentUser user) {
        return toRate(user.id());
    }

    /** {@link #toRate(CurrentUser)} for anyone, such as the reminders that tell each person what is outstanding. */
    public List<RatingWork> toRate(long userId) {
        List<FrameworkCriterion> led = criteria.findByLeadUserIdAndArchivedFalseOrderByPosition(userId);
        if (led.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> strategyOf =
                frameworks
                        .findByIdIn(led.stream()
                                .map(FrameworkCriterion::getFrameworkId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(AssessmentFramework::getId, AssessmentFramework::getStrategyId));
        Map<String, Rating> current = ratings
                .findByCriterionIdInOrderByPeriodEndAscIdAsc(
                        led.stream().map(FrameworkCriterion::getId).toList())
                .stream()
                .filter(r -> !r.isSuperseded())
                .map(AssessmentService::view)
                .collect(
                        Collectors.toMap(r -> r.criterionId() + " " + r.period().code(), Function.identity()));
        List<RatingWork> work = new ArrayList<>();
        for (StrategySummary s : strategies.byIds(Set.copyOf(strategyOf.values()))) {
            quarters.statuses(s.id(), s.quarters()).stream()
                    .filter(QuarterStatus::open)
                    .findFirst()
                    .ifPresent(q -> work.add(new RatingWork(
                            s,
                            q.quarter(),
                            led.stream()
                                    .filter(c -> strategyOf.get(c.getFrameworkId()) == s.id())
                                    .map(c -> new ToRate(
                                            AssessmentService.view(c, Map.of()),
                                            current.get(c.getId() + " "
                                                    + q.quarter().code())))
                                    .toList())));
        }
        return work;
    }
}
