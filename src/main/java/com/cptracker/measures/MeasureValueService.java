package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.status.Status;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering a measure's values. An owner (or an administrator) enters the value for a period that is open; once the
 * board has seen it, a correction is a revision with a reason, kept beside the original. Several values are saved
 * together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class MeasureValueService {

    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final AuditService audit;
    private final Clock clock;

    MeasureValueService(MeasureRepository measures, MeasureValueRepository values, AuditService audit, Clock clock) {
        this.measures = measures;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /** One value to save: a number, or the suppression flag, or for qualitative measures the owner's status. */
    public record ValueInput(long measureId, ReportingPeriod period, BigDecimal value, boolean suppressed,
                             Status ownerStatus, String note, long expectedVersion) {
    }

    /** The value recorded for a period, if any; version -1 means none. */
    public record Current(BigDecimal value, boolean suppressed, Status ownerStatus, String note, long version) {
    }

    public static boolean mayEnter(MeasureSummary measure, CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) || (user.has(Role.OFFICER)
                && measure.ownerUserId() != null && measure.ownerUserId() == user.id());
    }

    /** The current (not superseded) value of each measure for its period, in one query. */
    public Map<Long, Current> current(Map<Long, ReportingPeriod> periodByMeasure) {
        Map<Long, Current> found = new HashMap<>();
        if (periodByMeasure.isEmpty()) {
            return found;
        }
        values.findByMeasureIdInOrderByPeriodStart(periodByMeasure.keySet()).stream()
                .filter(v -> !v.isSuperseded())
                .filter(v -> Objects.equals(periodByMeasure.get(v.getMeasureId()).code(), v.getPeriodCode()))
                .forEach(v -> found.put(v.getMeasureId(), new Current(v.getValue(), v.isSuppressed(),
                        v.getOwnerStatus(), v.getNote(), v.getVersion())));
        return found;
    }

    /**
     * Saves every value, all or nothing. {@code published} says the board has already seen these periods: each
     * change is then a revision with the reason given, and only an administrator may make one.
     */
    @Transactional
    public void save(List<ValueInput> inputs, boolean published, String revisionReason) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (published && !user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only an administrator corrects a published value");
        }
        if (published && (revisionReason == null || revisionReason.isBlank())) {
            throw new IllegalArgumentException("Give the reason for the correction");
        }
        for (ValueInput in : inputs) {
            Measure m = measures.findById(in.measureId()).orElseThrow(() -> new NotFoundException("Measure",
                    in.measureId()));
            if (!mayEnter(MeasureService.summary(m), user)) {
                throw new AccessDeniedException("Not the owner of " + m.getRef());
            }
            MeasureValue existing = values.findByMeasureIdOrderByPeriodStart(m.getId()).stream()
                    .filter(v -> !v.isSuperseded() && v.getPeriodCode().equals(in.period().code()))
                    .findFirst().orElse(null);
            long version = existing == null ? -1 : existing.getVersion();
            if (version != in.expectedVersion()) {
                throw new ConcurrentChangeException();
            }
            Changes changes = Changes.create();
            if (existing != null) {
                changes.field("value", existing.getValue(), in.value())
                        .field("suppressed", existing.isSuppressed(), in.suppressed())
                        .field("owner status", existing.getOwnerStatus(), in.ownerStatus())
                        .field("note", existing.getNote(), in.note());
                if (changes.isEmpty()) {
                    continue;
                }
            } else {
                changes.set("value", in.value()).set("suppressed", in.suppressed() ? "yes" : null)
                        .set("owner status", in.ownerStatus()).set("note", in.note());
            }
            String label = m.getRef() + " " + in.period().label();
            if (existing == null || published) {
                MeasureValue fresh = new MeasureValue(m.getId(), in.period(), in.value(), in.suppressed(),
                        in.ownerStatus() != null && in.value() == null && !in.suppressed() ? "Rated by owner" : null,
                        in.note(), false, user.id(), user.displayName(), clock.instant());
                if (in.ownerStatus() != null) {
                    fresh.rateByOwner(in.ownerStatus(), in.note());
                }
                try {
                    if (existing != null) {
                        fresh.revises(existing, revisionReason);
                        values.saveAndFlush(existing);
                    }
                    values.saveAndFlush(fresh);
                } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                    throw new ConcurrentChangeException();
                }
                audit.record("measure value", m.getId(), label, existing == null ? "ENTER" : "REVISE", changes,
                        published ? revisionReason : null);
            } else {
                existing.change(in.value(), in.suppressed(), in.note(), user.id(), user.displayName(),
                        clock.instant());
                if (in.ownerStatus() != null) {
                    existing.rateByOwner(in.ownerStatus(), in.note());
                }
                try {
                    values.saveAndFlush(existing);
                } catch (OptimisticLockingFailureException e) {
                    throw new ConcurrentChangeException();
                }
                audit.record("measure value", m.getId(), label, "CHANGE", changes, null);
            }
        }
    }
}
