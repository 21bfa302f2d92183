package com.cptracker.risks;

import com.cptracker.scale.ScaleStep;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Views of the issues and risks log, for its pages, My work and the board pack. */
public final class RiskRecords {

    private RiskRecords() {}

    /** A review is overdue when its date has passed and the item is still open. */
    public static boolean overdue(RiskState state, LocalDate reviewDate, LocalDate today) {
        return state == RiskState.OPEN && reviewDate != null && reviewDate.isBefore(today);
    }

    /**
     * An item as the log lists it now.
     *
     * @param rating its rating in the scale's words and colour, or null when not rated
     * @param links  the priorities and themes it is linked to, as the strategy names them
     */
    public record RiskRow(
            long id,
            RiskKind kind,
            String title,
            long ownerId,
            String ownerName,
            ScaleStep rating,
            RiskState state,
            LocalDate reviewDate,
            boolean overdue,
            List<String> links,
            String latestMitigation) {}

    /** The log's filters, each a GET parameter; null or false is "any". */
    public record LogFilter(RiskKind kind, RiskState state, Long ownerId, Long priorityId, boolean overdue) {

        public boolean any() {
            return kind != null || state != null || ownerId != null || priorityId != null || overdue;
        }
    }

    public record RiskLog(List<RiskRow> rows, int total, List<Named> owners, List<Named> priorities) {}

    public record Named(long id, String name) {}

    /** An item's page: as it stands, what it is linked to, every step with what it said then, and its mitigations. */
    public record RiskPage(
            RiskRow row,
            String description,
            String raisedByName,
            Instant raisedAt,
            List<String> priorities,
            List<String> actions,
            List<Entry> entries,
            List<Mitigation> mitigations,
            boolean mayAct,
            long version) {}

    /** A step in an item's history, with the rating, status, owner and next review it left. */
    public record Entry(
            RiskStep step,
            Instant at,
            String byName,
            ScaleStep rating,
            RiskState state,
            String ownerName,
            LocalDate reviewDate,
            String note) {}

    public record Mitigation(LocalDate doneOn, String text, String byName, Instant at) {}

    /** What a form needs: the item as it stands now, its ids and its version. */
    public record RiskEdit(
            long id,
            RiskKind kind,
            String title,
            String description,
            long ownerId,
            Long levelId,
            RiskState state,
            LocalDate reviewDate,
            List<Long> priorityIds,
            List<Long> actionIds,
            long version) {}

    /**
     * An item open at a quarter's publication, as the board pack shows it: each fact as it stood then.
     *
     * @param latestMitigation its latest mitigation entered by then, or null
     */
    public record PackItem(
            long id,
            RiskKind kind,
            String title,
            ScaleStep rating,
            String ownerName,
            LocalDate reviewDate,
            boolean overdue,
            Mitigation latestMitigation) {}

    /** A strategy's open items a person owns, earliest review first (for My work). */
    public record Owned(StrategySummary strategy, List<RiskRow> rows) {

        public long overdue() {
            return rows.stream().filter(RiskRow::overdue).count();
        }
    }
}
