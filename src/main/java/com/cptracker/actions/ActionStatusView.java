package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.Assessment;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An action as it stands in a quarter: its status and why, the latest progress its lead reported, and the day it was
 * completed if its updates up to the quarter say it is.
 */
public record ActionStatusView(
        ActionSummary action,
        ReportingPeriod quarter,
        Verdict verdict,
        Progress latest,
        boolean updatedThisQuarter,
        LocalDate completedOn) {

    /** A submitted progress update. */
    public record Progress(
            String periodCode,
            String periodLabel,
            String text,
            Assessment assessment,
            LocalDate completedOn,
            String author,
            Instant submittedAt,
            boolean demo) {

        /** The day it was submitted, in the council's time zone. */
        public LocalDate submittedOn() {
            return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, ZoneId.of("Europe/London"));
        }
    }

    public Status status() {
        return verdict.status();
    }

    /** Still in progress, yet no update was submitted for the quarter. */
    public boolean missingUpdate() {
        return !updatedThisQuarter && (status() == Status.RED || status() == Status.AMBER || status() == Status.GREEN);
    }

    /** Past its due date and not complete at the quarter's end. */
    public boolean overdue() {
        return status() == Status.RED
                && action.due().isDated()
                && action.due().date().isBefore(quarter.end());
    }
}
