package com.cptracker.challenges;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.challenges.ChallengeRecords.ChallengePage;
import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeRecords.Log;
import com.cptracker.challenges.ChallengeRecords.LogFilter;
import com.cptracker.challenges.ChallengeRecords.Member;
import com.cptracker.challenges.ChallengeRecords.Subject;
import com.cptracker.challenges.domain.Challenge;
import com.cptracker.challenges.domain.ChallengeRepository;
import com.cptracker.challenges.domain.ChallengeStep;
import com.cptracker.challenges.domain.ChallengeStepRepository;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge log's rules. A board member (or an administrator) raises a challenge; its owners (or an administrator)
 * answer it; the member who raised it (or an administrator, acting for the chair) marks it answered, or follows up an
 * answer, which sends it back to the owners. Anyone signed in reads every challenge. Each step is a dated row of its
 * own, audited, and publishes its event in the same transaction; the challenge's version refuses a stale page.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeService {

    static final String AUDITED = "challenge";

    private final ChallengeRepository challenges;
    private final ChallengeStepRepository steps;
    private final UserAdminService users;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChallengeService(
            ChallengeRepository challenges,
            ChallengeStepRepository steps,
            UserAdminService users,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.challenges = challenges;
        this.steps = steps;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this person may raise a challenge: a board member or an administrator. */
    public static boolean mayRaise(CurrentUser user) {
        return user.has(Role.BOARD_MEMBER) || user.has(Role.ADMINISTRATOR);
    }

    /** Raises a challenge on a subject, in the context of a quarter; the subject's owners (or administrators) answer. */
    @Transactional
    public long raise(StrategySummary strategy, Subject subject, String periodCode, String question, LocalDate by) {
        CurrentUser me = me();
        if (!mayRaise(me)) {
            throw new AccessDeniedException("Only board members raise challenges");
        }
        List<UserSummary> owners = subject.owners().isEmpty()
                ? users.withRole(Role.ADMINISTRATOR)
                : List.copyOf(users.byIds(subject.owners()).values());
        Set<Long> ownerIds = owners.stream().map(UserSummary::id).collect(Collectors.toCollection(TreeSet::new));
        String ownerNames = owners.stream()
                .sorted(Comparator.comparing(UserSummary::displayName))
                .map(UserSummary::nameAndTitle)
                .collect(Collectors.joining("; "));
        Instant now = clock.instant();
        Challenge c = challenges.save(new Challenge(
                strategy.id(),
                subject.kind(),
                subject.itemId(),
                subject.ref(),
                subject.words(),
                subject.priorityId(),
                periodCode,
                question,
                me.id(),
                me.displayName(),
                now,
                ownerIds,
                ownerNames.isEmpty() ? "The administrators" : ownerNames,
                by));
        steps.save(new ChallengeStep(c.getId(), StepKind.RAISED, question, by, me.id(), me.displayName(), now));
        audit.record(
                AUDITED,
                c.getId(),
                subject.words(),
                "RAISE",
                Changes.create().set("question", question).set("answer by", by).set("owners", c.getOwnerNames()),
                null);
        events.publishEvent(new ChallengeRaised(
                c.getId(),
                strategy.id(),
                strategy.slug(),
                strategy.title(),
                subject.words(),
                question,
                by,
                me.id(),
                me.displayName(),
                ownerIds));
        return c.getId();
    }

    /** An owner (or an administrator) answers a challenge that awaits an answer. */
    @Transactional
    public void answer(StrategySummary strategy, long id, String answer, long expectedVersion) {
        CurrentUser me = me();
        Challenge c = find(strategy.id(), id);
        if (!mayAnswer(c, me)) {
            throw new AccessDeniedException("Not an owner of challenge " + id);
        }
        step(c, expectedVersion, ChallengeState.AWAITING_ANSWER, ChallengeState.ANSWERED, StepKind.ANSWERED, answer);
        events.publishEvent(new ChallengeAnswered(
                id,
                strategy.id(),
                strategy.slug(),
                strategy.title(),
                c.getSubject(),
                c.getQuestion(),
                answer,
                me.id(),
                me.displayName(),
                c.getRaisedById()));
    }

    /** The member who raised it (or an administrator) follows up an answer: it goes back to its owners. */
    @Transactional
    public void followUp(StrategySummary strategy, long id, String words, LocalDate newBy, long expectedVersion) {
        CurrentUser me = me();
        Challenge c = find(strategy.id(), id);
        if (!mayDecide(c, me)) {
            throw new AccessDeniedException("Not the member who raised challenge " + id);
        }
        c.moveTo(c.getState(), newBy);
        step(c, expectedVersion, ChallengeState.ANSWERED, ChallengeState.AWAITING_ANSWER, StepKind.FOLLOWED_UP, words);
        events.publishEvent(new ChallengeFollowedUp(
                id,
                strategy.id(),
                strategy.slug(),
                strategy.title(),
                c.getSubject(),
                words,
                newBy,
                me.id(),
                me.displayName(),
                c.getOwnerIds()));
    }

    /**
     * The member who raised it (or an administrator, for the chair) marks it answered: after an answer, or when it was
     * answered at the meeting itself.
     */
    @Transactional
    public void markAnswered(StrategySummary strategy, long id, long expectedVersion) {
        Challenge c = find(strategy.id(), id);
        if (!mayDecide(c, me())) {
            throw new AccessDeniedException("Not the member who raised challenge " + id);
        }
        step(
                c,
                expectedVersion,
                c.getState().open() ? c.getState() : null,
                ChallengeState.CLOSED,
                StepKind.CLOSED,
                null);
    }

    /** A challenge's page: itself, its history, and what this person may do. */
    public ChallengePage page(StrategySummary strategy, long id) {
        CurrentUser me = me();
        Challenge c = find(strategy.id(), id);
        List<ChallengeStep> history = steps.findByChallengeIdOrderByTakenAtAscIdAsc(id);
        return new ChallengePage(
                ChallengeViews.view(c, history, today()),
                history.stream().map(ChallengeViews::step).toList(),
                c.getState() == ChallengeState.AWAITING_ANSWER && mayAnswer(c, me),
                c.getState().open() && mayDecide(c, me));
    }

    /** The strategy's log, filtered, newest first: one read. */
    public Log log(long strategyId, LogFilter filter) {
        LocalDate today = today();
        List<ChallengeView> all = challenges.findByStrategyIdOrderByRaisedAtDescIdDesc(strategyId).stream()
                .map(c -> ChallengeViews.view(c, null, today))
                .toList();
        List<Member> members = all.stream()
                .collect(Collectors.toMap(ChallengeView::raisedById, ChallengeView::raisedByName, (a, b) -> a))
                .entrySet()
                .stream()
                .map(e -> new Member(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Log(all.stream().filter(filter::keeps).toList(), members, all.size());
    }

    /** The challenges not yet marked answered on one item: one read for its page. */
    public List<ChallengeView> openOn(long strategyId, SubjectKind kind, Long itemId) {
        LocalDate today = today();
        return challenges
                .findByStrategyIdAndSubjectKindAndSubjectIdAndStateInOrderByRaisedAtAscIdAsc(
                        strategyId, kind, itemId, EnumSet.of(ChallengeState.AWAITING_ANSWER, ChallengeState.ANSWERED))
                .stream()
                .map(c -> ChallengeViews.view(c, null, today))
                .toList();
    }

    /** The challenges awaiting this person's answer, in every strategy, for My work. */
    public List<ChallengeView> toAnswer(long userId) {
        LocalDate today = today();
        return challenges.awaitingAnswerFrom(userId).stream()
                .map(c -> ChallengeViews.view(c, null, today))
                .toList();
    }

    private void step(
            Challenge c, long expectedVersion, ChallengeState from, ChallengeState to, StepKind kind, String words) {
        ConcurrentChangeException.check(c.getVersion(), expectedVersion);
        if (c.getState() != from) {
            // The page offered a step the challenge has since moved past: the same as a stale page.
            throw new ConcurrentChangeException();
        }
        CurrentUser me = me();
        ChallengeState before = c.getState();
        c.moveTo(to, null);
        challenges.saveAndFlush(c);
        steps.save(
                new ChallengeStep(c.getId(), kind, words, c.getAnswerBy(), me.id(), me.displayName(), clock.instant()));
        audit.record(
                AUDITED,
                c.getId(),
                c.getSubject(),
                kind.name(),
                Changes.create().field("state", before.label(), to.label()).set("words", words),
                null);
    }

    private static boolean mayAnswer(Challenge c, CurrentUser me) {
        return me.has(Role.ADMINISTRATOR) || c.getOwnerIds().contains(me.id());
    }

    private static boolean mayDecide(Challenge c, CurrentUser me) {
        return me.has(Role.ADMINISTRATOR) || c.getRaisedById() == me.id();
    }

    private Challenge find(long strategyId, long id) {
        return challenges
                .findByIdAndStrategyId(id, strategyId)
                .orElseThrow(() -> new NotFoundException("Challenge", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChallengeRecords.ENGLAND));
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }
}
