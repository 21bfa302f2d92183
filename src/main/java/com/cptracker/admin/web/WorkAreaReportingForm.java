package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import jakarta.validation.constraints.NotNull;

/**
 * How a priority reports each quarter, as an administrator sets it: as a work area (its lead, an officer's account,
 * writes an update on the priority as a whole) or only through its actions.
 */
record WorkAreaReportingForm(
        @NotNull(message = "Choose whether the priority reports quarterly as a work area")
        Boolean reportsAsWorkArea,

        Long leadUserId,
        @NotNull(message = Forms.STALE_PAGE) Long version) {

    static WorkAreaReportingForm of(WorkArea w) {
        return new WorkAreaReportingForm(w.reportsAsWorkArea(), w.leadUserId(), w.version());
    }
}
