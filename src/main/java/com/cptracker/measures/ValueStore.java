package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.AsAt;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.measures.MeasureValueService.PublishedValueException;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueBatch;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.reporting.QuarterService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one writing of measures' values, for {@link MeasureValueService}'s saves, in the caller's transaction. */
@Component
class ValueStore {

    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final MeasureValueBatch batch;
    private final QuarterService quarters;
    private final AuditService audit;
    private final Clock clock;

    ValueStore(
            MeasureRepository measures,
            MeasureValueRepository values,
            MeasureValueBatch batch,
            QuarterService quarters,
            AuditService audit,
            Clock clock) {
        this.measures = measures;
        this.values = values;
        this.batch = batch;
        this.quarters = quarters;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The one save of values: reads the measures and their current values once for all the inputs (not once per
     * value), checks each as {@link #save} says, changes existing values where they stand and inserts new ones in
     * batches ({@link MeasureValueBatch}). Gives how many values were entered or changed.
     */
    int store(List<ValueInput> inputs, String correctionReason, boolean auditEach) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        boolean correcting = correctionReason != null;
        if (correcting && !user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only an administrator corrects a published value");
        }
        if (correcting && correctionReason.isBlank()) {
            throw new IllegalArgumentException("Give the reason for the correction");
        }
        Set<Long> ids = inputs.stream().map(ValueInput::measureId).collect(Collectors.toSet());
        Map<Long, Measure> byId = new HashMap<>();
        measures.findAllById(ids).forEach(m -> byId.put(m.getId(), m));
        Map<Long, List<AsAt>> publishedByStrategy = new HashMap<>();
        for (long id : ids) {
            Measure m = byId.get(id);
            if (m == null) {
                throw new NotFoundException("Measure", id);
            }
            if (!MeasureValueService.mayEnter(MeasureService.summary(m), user)) {
                throw new AccessDeniedException("Not the owner of " + m.getRef());
            }
            publishedByStrategy.computeIfAbsent(m.getStrategyId(), quarters::published);
        }
        Map<String, MeasureValue> current = new HashMap<>();
        if (!ids.isEmpty()) {
            values.findByMeasureIdInOrderByPeriodStart(ids).stream()
                    .filter(v -> !v.isSuperseded())
                    .forEach(v -> current.put(key(v.getMeasureId(), v.getPeriodCode()), v));
        }
        List<MeasureValue> fresh = new ArrayList<>();
        int saved = 0;
        for (ValueInput in : inputs) {
            Measure m = byId.get(in.measureId());
            MeasureValue existing = current.get(key(m.getId(), in.period().code()));
            long version = existing == null ? -1 : existing.getVersion();
            if (version != in.expectedVersion()) {
                throw new ConcurrentChangeException();
            }
            Changes changes = changes(existing, in);
            if (changes.isEmpty()) {
                continue;
            }
            String label = m.getRef() + " " + in.period().label();
            boolean seen = MeasureValueService.seen(existing, in.period(), publishedByStrategy.get(m.getStrategyId()));
            if (existing != null && seen && !correcting) {
                throw new PublishedValueException(label);
            }
            String reason = correcting && seen ? correctionReason : null;
            if (existing == null && reason == null) {
                fresh.add(fresh(m, in, user));
            } else if (existing == null) {
                enter(m, in, user, reason);
            } else {
                change(existing, in, user, reason);
            }
            saved++;
            if (auditEach) {
                audit.record(
                        "measure value",
                        m.getId(),
                        label,
                        reason != null ? "REVISE" : existing == null ? "ENTER" : "CHANGE",
                        changes,
                        reason);
            }
        }
        try {
            batch.insert(fresh);
        } catch (DataIntegrityViolationException e) {
            // Someone entered a value for one of these periods between our read and our write, or the list named a
            // period twice.
            throw new ConcurrentChangeException();
        }
        return saved;
    }

    private static String key(long measureId, String periodCode) {
        return measureId + "|" + periodCode;
    }

    private static Changes changes(MeasureValue existing, ValueInput in) {
        if (existing == null) {
            return Changes.create()
                    .set("value", in.value())
                    .set("mark", in.mark())
                    .set("owner status", in.ownerStatus())
                    .set("note", in.note());
        }
        return Changes.create()
                .field("value", existing.getValue(), in.value())
                .field("mark", existing.getMark(), in.mark())
                .field("owner status", existing.getOwnerStatus(), in.ownerStatus())
                .field("note", existing.getNote(), in.note());
    }

    /** A new value, as entered by this person now. */
    private MeasureValue fresh(Measure m, ValueInput in, CurrentUser user) {
        MeasureValue fresh = new MeasureValue(
                m.getId(),
                in.period(),
                in.value(),
                in.mark(),
                in.value() != null || in.mark() != null
                        ? null
                        : in.ownerStatus() != null ? "Rated by owner" : "Reported in words",
                in.note(),
                false,
                user.id(),
                user.displayName(),
                clock.instant());
        if (in.ownerStatus() != null) {
            fresh.rateByOwner(in.ownerStatus(), in.note());
        }
        return fresh;
    }

    /** A value supplied, with a reason, for a period the board saw without one. */
    private void enter(Measure m, ValueInput in, CurrentUser user, String reason) {
        MeasureValue fresh = fresh(m, in, user);
        fresh.correct(in.value(), in.mark(), in.note(), user.id(), user.displayName(), clock.instant(), reason, null);
        try {
            values.saveAndFlush(fresh);
        } catch (DataIntegrityViolationException e) {
            // Someone entered a value for this period between our read and our write.
            throw new ConcurrentChangeException();
        }
    }

    /** Changes a value where it stands; with a reason, a correction that keeps what it said before beside it. */
    private void change(MeasureValue existing, ValueInput in, CurrentUser user, String reason) {
        if (reason != null) {
            MeasureValue previous = values.save(existing.supersededCopy());
            existing.correct(
                    in.value(), in.mark(), in.note(), user.id(), user.displayName(), clock.instant(), reason, previous);
        } else {
            existing.change(in.value(), in.mark(), in.note(), user.id(), user.displayName(), clock.instant());
        }
        if (in.ownerStatus() != null) {
            existing.rateByOwner(in.ownerStatus(), in.note());
        }
        try {
            values.saveAndFlush(existing);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }
}
