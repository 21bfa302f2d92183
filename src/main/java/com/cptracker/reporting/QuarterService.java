package com.cptracker.reporting;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.reporting.domain.ReportingQuarter;
import com.cptracker.reporting.domain.ReportingQuarterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a reporting quarter: an administrator opens it for updates with a deadline, closes it and publishes it.
 * Board members see published quarters only; officers and administrators also see open and closed ones.
 */
@Service
@Transactional(readOnly = true)
public class QuarterService {

    private final ReportingQuarterRepository quarters;
    private final AuditService audit;
    private final Clock clock;

    QuarterService(ReportingQuarterRepository quarters, AuditService audit, Clock clock) {
        this.quarters = quarters;
        this.audit = audit;
        this.clock = clock;
    }

    /** A quarter of a strategy and where it stands. */
    public record QuarterStatus(ReportingPeriod quarter, QuarterState state, LocalDate deadline, long version) {

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
        return all.stream().map(q -> {
            ReportingQuarter r = known.get(q.code());
            return r == null ? new QuarterStatus(q, QuarterState.NOT_OPENED, null, -1)
                    : new QuarterStatus(q, r.getState(), r.getDeadline(), r.getVersion());
        }).toList();
    }

    @Transactional
    public void open(long strategyId, String code, LocalDate deadline, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        Changes changes = Changes.create().field("state", q.getState().label(), QuarterState.OPEN.label())
                .field("deadline", q.getDeadline(), deadline);
        q.open(deadline, clock.instant());
        quarters.save(q);
        audit.record("quarter", q.getId(), code, "OPEN", changes, null);
    }

    @Transactional
    public void close(long strategyId, String code, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        require(q, QuarterState.OPEN, "Only an open quarter can be closed");
        q.close(clock.instant());
        audit.record("quarter", q.getId(), code, "CLOSE",
                Changes.create().field("state", QuarterState.OPEN.label(), QuarterState.CLOSED.label()), null);
    }

    @Transactional
    public void publish(long strategyId, String code, long expectedVersion) {
        ReportingQuarter q = find(strategyId, code, expectedVersion);
        require(q, QuarterState.CLOSED, "Close the quarter before publishing it");
        q.publish(clock.instant());
        audit.record("quarter", q.getId(), code, "PUBLISH",
                Changes.create().field("state", QuarterState.CLOSED.label(), QuarterState.PUBLISHED.label()), null);
    }

    /** For the demo data and imports: sets a quarter's state directly. */
    @Transactional
    public void setUp(long strategyId, String code, QuarterState state, LocalDate deadline) {
        ReportingQuarter q = quarters.findByStrategyIdAndPeriodCode(strategyId, code)
                .orElseGet(() -> new ReportingQuarter(strategyId, code));
        ReportingPeriod period = ReportingPeriod.parse(code);
        var at = period.end().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        q.open(deadline, at);
        if (state == QuarterState.CLOSED || state == QuarterState.PUBLISHED) {
            q.close(at);
        }
        if (state == QuarterState.PUBLISHED) {
            q.publish(at);
        }
        quarters.save(q);
    }

    private ReportingQuarter find(long strategyId, String code, long expectedVersion) {
        ReportingPeriod.parse(code);
        ReportingQuarter q = quarters.findByStrategyIdAndPeriodCode(strategyId, code)
                .orElseGet(() -> new ReportingQuarter(strategyId, code));
        long version = q.getId() == null ? -1 : q.getVersion();
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return q;
    }

    private static void require(ReportingQuarter q, QuarterState state, String message) {
        if (q.getState() != state) {
            throw new IllegalStateException(message);
        }
    }
}
