package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.AsAt;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.domain.Measure;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueBatch;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.reporting.QuarterService;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering a measure's values. An owner (or an administrator) enters and changes values until the board has seen
 * them; from then on only an administrator changes one, as a correction with a reason: the value is changed where it
 * stands (so its version guards against two people correcting it at once), what it said before is kept beside it, and
 * it is marked as revised wherever it is shown. An administrator may also supply, with a reason, a value that was
 * missing when its quarter was published. Several values are saved together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class MeasureValueService {

    private final MeasureRepository measures;
    private final MeasureValueRepository values;
    private final MeasureValueBatch batch;
    private final QuarterService quarters;
    private final AuditService audit;
    private final Clock clock;

    MeasureValueService(
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

    /** One value to save: a number, or a mark in its place, or for qualitative measures the owner's status. */
    public record ValueInput(
            long measureId,
            ReportingPeriod period,
            BigDecimal value,
            Mark mark,
            Status ownerStatus,
            String note,
            long expectedVersion) {}

    /**
     * The value recorded for a period, if any; version -1 means none. {@code published}: the board has seen it, so
     * only an administrator's correction changes it.
     */
    public record Current(
            BigDecimal value, Mark mark, Status ownerStatus, String note, long version, boolean published) {

        /** Whether saving the input would change nothing. */
        public boolean sameAs(ValueInput in) {
            return (value == null ? in.value() == null : in.value() != null && value.compareTo(in.value()) == 0)
                    && mark == in.mark()
                    && ownerStatus == in.ownerStatus()
                    && Objects.equals(note, in.note());
        }
    }

    /**
     * The owner of a measure, or an administrator, tried to change a value the board has seen: a refusal of the whole
     * form, since the service does not know the field.
     */
    public static class PublishedValueException extends RejectedInput {

        public PublishedValueException(String label) {
            super(null, message(label));
        }

        /** What to tell the person, beside the figure when there is a field for it. */
        public static String message(String label) {
            return "The board has seen the figure for " + label + ": an administrator corrects it, with a reason";
        }
    }

    public static boolean mayEnter(MeasureSummary measure, CurrentUser user) {
        return user.has(Role.ADMINISTRATOR)
                || (user.has(Role.OFFICER) && measure.ownerUserId() != null && measure.ownerUserId() == user.id());
    }

    /** The current (not superseded) value of each of a strategy's measures for its period, in two queries. */
    public Map<Long, Current> current(long strategyId, Map<Long, ReportingPeriod> periodByMeasure) {
        Map<Long, Current> found = new HashMap<>();
        if (periodByMeasure.isEmpty()) {
            return found;
        }
        List<AsAt> published = quarters.published(strategyId);
        values.findByMeasureIdInOrderByPeriodStart(periodByMeasure.keySet()).stream()
                .filter(v -> !v.isSuperseded())
                .filter(v ->
                        Objects.equals(periodByMeasure.get(v.getMeasureId()).code(), v.getPeriodCode()))
                .forEach(v -> found.put(v.getMeasureId(), current(v, published)));
        return found;
    }

    /**
     * The current (not superseded) value of each of these measures for every period that has one, by measure id and
     * then period code, in two queries: what an import of many periods checks its rows against.
     */
    public Map<Long, Map<String, Current>> currentByPeriod(long strategyId, Collection<Long> measureIds) {
        Map<Long, Map<String, Current>> found = new HashMap<>();
        if (measureIds.isEmpty()) {
            return found;
        }
        List<AsAt> published = quarters.published(strategyId);
        values.findByMeasureIdInOrderByPeriodStart(measureIds).stream()
                .filter(v -> !v.isSuperseded())
                .forEach(v -> found.computeIfAbsent(v.getMeasureId(), k -> new HashMap<>())
                        .put(v.getPeriodCode(), current(v, published)));
        return found;
    }

    private static Current current(MeasureValue v, List<AsAt> published) {
        return new Current(
                v.getValue(), v.getMark(), v.getOwnerStatus(), v.getNote(), v.getVersion(), seen(v, published));
    }

    /**
     * Whether the board has seen a period's figure for the measure, or seen it missing: a change to it is then a
     * correction with a reason.
     */
    public boolean published(long strategyId, long measureId, ReportingPeriod period) {
        return seen(current(measureId, period).orElse(null), period, quarters.published(strategyId));
    }

    /** Seen by the board: shown on the pages of a published quarter, or itself a correction of one. */
    private static boolean seen(MeasureValue v, List<AsAt> published) {
        return v.getRevisionReason() != null
                || published.stream().anyMatch(at -> at.shows(v.getPeriodEnd(), v.getEnteredAt(), false));
    }

    /** The period's value seen by the board or, where there is none, the period seen without one. */
    private static boolean seen(MeasureValue existing, ReportingPeriod period, List<AsAt> published) {
        return existing != null
                ? seen(existing, published)
                : published.stream()
                        .anyMatch(at -> !period.end().isAfter(at.quarter().end()));
    }

    private Optional<MeasureValue> current(long measureId, ReportingPeriod period) {
        return values.findByMeasureIdOrderByPeriodStart(measureId).stream()
                .filter(v -> !v.isSuperseded() && v.getPeriodCode().equals(period.code()))
                .findFirst();
    }

    /**
     * Saves every value, all or nothing. Without a reason, values the board has not seen; a value it has seen is
     * refused ({@link PublishedValueException}). With a reason (administrators only), a correction: each value the
     * board has seen, or seen missing, is corrected and marked as revised; others are saved as usual. Each value saved
     * is audited.
     */
    @Transactional
    public void save(List<ValueInput> inputs, String correctionReason) {
        store(inputs, correctionReason, true);
    }

    /**
     * Saves the values of an uploaded file, all or nothing, by the same rules as {@link #save} without a reason (a
     * value the board has seen is refused: corrections stay one at a time, each with its reason), and gives how many
     * were saved (those the same as saved are left). Audited as one entry for the import, naming the file and the
     * count, not one per value: a council's five years of monthly figures would be tens of thousands of entries that
     * bury every other change in the audit trail and take longer to write than the values. Each value still records
     * who entered it and when, and the file stays with its job.
     */
    @Transactional
    public int importValues(long strategyId, String strategyTitle, List<ValueInput> inputs, String fileName) {
        int saved = store(inputs, null, false);
        audit.record(
                "strategy",
                strategyId,
                strategyTitle,
                "IMPORT",
                Changes.create().set("file", fileName).set("values saved", saved),
                "Values imported from " + fileName);
        return saved;
    }

    /**
     * The one save of values: reads the measures and their current values once for all the inputs (not once per
     * value), checks each as {@link #save} says, changes existing values where they stand and inserts new ones in
     * batches ({@link MeasureValueBatch}). Gives how many values were entered or changed.
     */
    private int store(List<ValueInput> inputs, String correctionReason, boolean auditEach) {
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
            if (!mayEnter(MeasureService.summary(m), user)) {
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
            boolean seen = seen(existing, in.period(), publishedByStrategy.get(m.getStrategyId()));
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
                in.ownerStatus() != null && in.value() == null && in.mark() == null ? "Rated by owner" : null,
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
