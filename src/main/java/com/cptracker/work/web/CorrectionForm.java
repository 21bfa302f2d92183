package com.cptracker.work.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.TypedValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator's correction of a value, or a value supplied where one is missing: a figure (read in the measure's
 * unit) or a mark in its place, a comment, the reason once the board has seen it, and the value's version as the page
 * showed it (-1 for none).
 */
record CorrectionForm(
        String value,

        @Size(max = 2000, message = "The comment must be 2,000 characters or fewer")
        String note,

        @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    static CorrectionForm of(ValueView v, long version) {
        return new CorrectionForm(
                v == null ? "" : v.marked() ? v.display() : TypedValue.shown(v.value(), null, null),
                v == null ? "" : v.note(),
                "",
                version);
    }

    String typedValue() {
        return value == null ? "" : value.strip();
    }
}
