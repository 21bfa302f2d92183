package com.cptracker.reporting;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.AsAt;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.domain.ReportingQuarter;
import com.cptracker.reporting.domain.ReportingQuarterRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a reporting quarter: an administrator opens it for updates with a deadline, closes it and publishes it.
 * Board members see published quarters only; officers and administrators also see open and closed ones.
 */
@Service
@Transactional(readOnly = true)
public class QuarterService {

    /** The field of the quarters page a refused step is shown against: the step chosen. */
    private static final String STEP = "step";

    private final ReportingQuarterRepository quarters;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuarterService(
            ReportingQuarterRepository quarters, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.quarters = quarters;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A quarter of a strategy and where it stands; publishedAt is null until it is published. */
    public record QuarterStatus(
            ReportingPeriod quarter, QuarterState state, LocalDate deadline, long version, Instant publishedAt) {

        /** The quarter as its pages show it: once published, as the board saw it. */
        public AsAt asAt() {
            return new AsAt(quarter, published() ? publishedAt : null);
        }

        public boolean open() {
            return state == QuarterState.OPEN;
        }

        public boolean published() {
            return state == QuarterState.PUBLISHED;
        }
    }

    /** Each of the given quarters with its state, in one query. */
    public List<QuarterStatus> statuses(long strategyId, List<ReportingPeriod> all) {
        Map<String, ReportingQuarter> known = quarters.findByStrategyIdOrderByPeriodCode(strategyId).stream()
                .collect(Collectors.toMap(ReportingQuarter::getPeriodCode, Function.identity()));
        return all.stream()
                .map(q -> {
                    ReportingQuarter r = known.get(q.code());
                    return r == null
                            ? new QuarterStatus(q, QuarterState.NOT_OPENED, null, -1, null)
                            : new QuarterStatus(q, r.getState(), r.getDeadline(), r.getVersion(), r.getPublishedAt());
                })
                .toList();
    }

    /** Every published quarter of a strategy, as the board saw it, in one query. */
    public List<AsAt> published(long strategyId) {
        return quarters.findByStrategyIdOrderByPeriodCode(strategyId).stream()
                .filter(q -> q.getState() == QuarterState.PUBLISHED)
                .map(q -> new AsAt(ReportingPeriod.parse(q.getPeriodCode()), q.getPublishedAt()))
                .toList();
    }

    /**
     * When the quarter before a published one was itself published: the latest publication, before this one's, of an
     * earlier quarter of the strategy; null for the first. What a quarter's pack reports as changed "in the quarter" is
     * what changed after it, up to the quarter's own publication. One query.
     */
    public Instant previousPublication(long strategyId, AsAt published) {
        return published(strategyId).stream()
                .filter(q -> q.quarter().end().isBefore(published.quarter().end()))
                .map(AsAt::publishedAt)
                .filter(at -> at != null && at.isBefore(published.publishedAt()))
                .max(Instant::compareTo)
                .orElse(null);
    }

    /**
     * Opens a quarter for updates, or opens a closed one again; a published quarter is corrected, never reopened. A
     * step the quarter's state does not allow is refused on the {@code step} chosen.
     */
    @Transactional
    public void open(long strategyId, String code, LocalDate deadline, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        if (q.getState() == QuarterState.PUBLISHED) {
            throw new RejectedInput(
                    STEP,
                    "The board has seen this quarter: it cannot be opened again. "
                            + "Correct a figure with a reason, or publish a correction of the quarter");
        }
        Changes changes = Changes.create()
                .field("state", q.getState().label(), QuarterState.OPEN.label())
                .field("deadline", q.getDeadline(), deadline);
        q.open(deadline, clock.instant());
        quarters.save(q);
        audit.record("quarter", q.getId(), code, "OPEN", changes, null);
        events.publishEvent(new QuarterOpened(strategyId, code));
    }

    @Transactional
    public void close(long strategyId, String code, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        require(q, QuarterState.OPEN, "Only an open quarter can be closed");
        q.close(clock.instant());
        audit.record(
                "quarter",
                q.getId(),
                code,
                "CLOSE",
                Changes.create().field("state", QuarterState.OPEN.label(), QuarterState.CLOSED.label()),
                null);
    }

    @Transactional
    public void publish(long strategyId, String code, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        require(q, QuarterState.CLOSED, "Close the quarter before publishing it");
        q.publish(clock.instant());
        flush(q);
        audit.record(
                "quarter",
                q.getId(),
                code,
                "PUBLISH",
                Changes.create().field("state", QuarterState.CLOSED.label(), QuarterState.PUBLISHED.label()),
                null);
        events.publishEvent(new QuarterPublished(strategyId, code, null));
    }

    /**
     * Publishes a correction of a published quarter: the board's pages of the quarter then show the strategy's
     * priorities, actions, measures, targets and settings as they stand now, marked as revised with the reason. Its
     * figures and updates are as they were; a figure is corrected on its own.
     */
    @Transactional
    public void publishCorrection(long strategyId, String code, String reason, long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "Give the reason for correcting a quarter the board has seen");
        }
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        require(q, QuarterState.PUBLISHED, "Only a published quarter can be corrected");
        q.corrected(clock.instant());
        flush(q);
        audit.record("quarter", q.getId(), code, "CORRECT", Changes.create(), reason);
        events.publishEvent(new QuarterPublished(strategyId, code, reason));
    }

    /** For the demo data and imports: sets a quarter's state directly. */
    @Transactional
    public void setUp(long strategyId, String code, QuarterState state, LocalDate deadline) {
        ReportingQuarter q = quarters.findByStrategyIdAndPeriodCode(strategyId, code)
                .orElseGet(() -> new ReportingQuarter(strategyId, code));
        ReportingPeriod period = ReportingPeriod.parse(code);
        // As a council would: opened the day after the quarter ends, closed at the deadline (a month after the
        // quarter if none is set), published a week later.
        LocalDate due = deadline != null ? deadline : period.end().plusMonths(1);
        q.open(deadline, period.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (state == QuarterState.CLOSED || state == QuarterState.PUBLISHED) {
            q.close(due.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (state == QuarterState.PUBLISHED) {
            q.publish(due.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        quarters.save(q);
        if (state == QuarterState.PUBLISHED) {
            events.publishEvent(new QuarterPublished(strategyId, code, null));
        }
    }

    private ReportingQuarter find(long strategyId, String code, long expectedVersion) {
        ReportingPeriod.parse(code);
        ReportingQuarter q = quarters.findByStrategyIdAndPeriodCode(strategyId, code)
                .orElseGet(() -> new ReportingQuarter(strategyId, code));
        ConcurrentChangeException.check(q.getId() == null ? -1 : q.getVersion(), expectedVersion);
        return q;
    }

    /** Writes the change now, so that of two people changing the quarter at once the second is refused. */
    private void flush(ReportingQuarter q) {
        try {
            quarters.saveAndFlush(q);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static void require(ReportingQuarter q, QuarterState state, String message) {
        if (q.getState() != state) {
            throw new RejectedInput(STEP, message);
        }
    }
}
