package com.cptracker.measures;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.AsAt;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.domain.MeasureRepository;
import com.cptracker.measures.domain.MeasureValue;
import com.cptracker.measures.domain.MeasureValueRepository;
import com.cptracker.reporting.QuarterService;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final ValueStore store;
    private final QuarterService quarters;
    private final AuditService audit;

    MeasureValueService(
            MeasureRepository measures,
            MeasureValueRepository values,
            ValueStore store,
            QuarterService quarters,
            AuditService audit) {
        this.measures = measures;
        this.values = values;
        this.store = store;
        this.quarters = quarters;
        this.audit = audit;
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
    static boolean seen(MeasureValue v, List<AsAt> published) {
        return v.getRevisionReason() != null
                || published.stream().anyMatch(at -> at.shows(v.getPeriodEnd(), v.getEnteredAt(), false));
    }

    /** The period's value seen by the board or, where there is none, the period seen without one. */
    static boolean seen(MeasureValue existing, ReportingPeriod period, List<AsAt> published) {
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
        store.store(inputs, correctionReason, true);
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
        int saved = store.store(inputs, null, false);
        audit.record(
                "strategy",
                strategyId,
                strategyTitle,
                "IMPORT",
                Changes.create().set("file", fileName).set("values saved", saved),
                "Values imported from " + fileName);
        return saved;
    }
}
