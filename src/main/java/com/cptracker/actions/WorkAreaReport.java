package com.cptracker.actions;

import com.cptracker.actions.ActionStatusView.Progress;
import com.cptracker.status.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A work area's update as the board reads it: the lead's report on a priority as a whole for a quarter (the same
 * {@link Progress} an action's update is read as), and, when it was corrected after the board saw it, why and when.
 */
public record WorkAreaReport(long priorityId, Progress update, String revisionReason, Instant revisedAt) {

    /** The lead's assessment as a status, with its word and symbol. */
    public Status status() {
        return update.assessment().status();
    }

    public boolean revised() {
        return revisedAt != null;
    }

    /** The day it was corrected, in the council's time zone. */
    public LocalDate revisedOn() {
        return revisedAt == null ? null : LocalDate.ofInstant(revisedAt, ZoneId.of("Europe/London"));
    }
}
