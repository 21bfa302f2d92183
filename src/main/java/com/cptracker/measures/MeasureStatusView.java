package com.cptracker.measures;

import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.status.Comparison;
import com.cptracker.status.Direction;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import com.cptracker.status.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A measure as it stands in a quarter: the value the rules pick for it, its status and why, its direction of travel,
 * how it compares with benchmarks, the figures around it that a scorecard shows, and how many of its periods running,
 * up to this one, missed the target.
 */
public record MeasureStatusView(
        MeasureSummary measure,
        ReportingPeriod quarter,
        ReportingPeriod period,
        ValueView value,
        String targetYear,
        Target target,
        Verdict verdict,
        ValueView previous,
        Direction sincePrevious,
        ValueView lastYear,
        Direction sinceLastYear,
        Benchmarks benchmarks,
        ValueView yearEnd,
        List<QuarterCell> yearSoFar,
        List<ValueView> trend,
        int missedTargetRunning) {

    /**
     * One recorded value, ready to show: {@code display} is what every page and export writes for it (a figure in its
     * unit, the words of a qualitative measure, or its mark as the strategy writes it, never 0).
     */
    public record ValueView(
            ReportingPeriod period,
            BigDecimal value,
            Mark mark,
            String text,
            String note,
            Status ownerStatus,
            boolean demo,
            String enteredBy,
            Instant enteredAt,
            String display,
            String revisionReason,
            boolean superseded) {

        /** Withheld with a mark in place of a figure. */
        public boolean marked() {
            return mark != null;
        }

        /** A correction made after the board saw the original, which is kept. */
        public boolean revised() {
            return revisionReason != null;
        }

        /** The day it was entered, in the council's time zone. */
        public LocalDate enteredOn() {
            return enteredAt == null ? null : LocalDate.ofInstant(enteredAt, ZoneId.of("Europe/London"));
        }
    }

    /** The benchmark figures for the year (or the latest earlier year that has them) and the comparison. */
    public record Benchmarks(
            String year,
            BigDecimal statNeighbour,
            Comparison vsStatNeighbour,
            BigDecimal national,
            Comparison vsNational,
            String statNeighbourDisplay,
            String nationalDisplay) {

        public static final Benchmarks NONE =
                new Benchmarks(null, null, Comparison.NONE, null, Comparison.NONE, "", "");
    }

    /** A quarter of the year so far, with the value shown for it and its status. */
    public record QuarterCell(ReportingPeriod quarter, ValueView value, Status status) {}

    public Status status() {
        return verdict.status();
    }

    /**
     * The view as a quarter's pages show it: before anything of the strategy is published ({@link AsAt#isNothingYet}),
     * with {@link Verdict#NOT_YET_PUBLISHED} in place of a status, so no page flags a quarter the board has not seen.
     */
    public MeasureStatusView shownAt(AsAt at) {
        if (!at.isNothingYet()) {
            return this;
        }
        return new MeasureStatusView(
                measure,
                quarter,
                period,
                value,
                targetYear,
                target,
                Verdict.NOT_YET_PUBLISHED,
                previous,
                sincePrevious,
                lastYear,
                sinceLastYear,
                benchmarks,
                yearEnd,
                yearSoFar,
                trend,
                missedTargetRunning);
    }

    /** Whether it moved the wrong way since the previous period. */
    public boolean worsening() {
        return sincePrevious == Direction.WORSENING;
    }
}
