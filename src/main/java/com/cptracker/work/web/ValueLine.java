package com.cptracker.work.web;

import com.cptracker.measures.TypedValue;
import com.cptracker.status.Status;
import com.cptracker.work.WorkService.MeasureItem;

/**
 * One measure's line of the values form, as typed: its figure or a mark in its place (read by {@link ValueRow}), or
 * for a qualitative measure the owner's status; a comment; and the value's version as the page showed it (-1 for none
 * yet).
 */
record ValueLine(String value, Status status, String note, Long version) {

    /** The line as saved (a mark as the strategy writes it), or empty with version -1 when nothing is saved yet. */
    static ValueLine of(MeasureItem item, String smallNumberMark) {
        var c = item.current();
        return c == null
                ? new ValueLine("", null, "", -1L)
                : new ValueLine(
                        TypedValue.shown(c.value(), c.mark(), smallNumberMark),
                        c.ownerStatus(),
                        c.note() == null ? "" : c.note(),
                        c.version());
    }

    String typedValue() {
        return value == null ? "" : value.strip();
    }

    String typedNote() {
        return note == null ? "" : note.strip();
    }

    /** Nothing typed: not entered, so not checked or saved. */
    boolean isBlank() {
        return typedValue().isEmpty() && status == null && typedNote().isEmpty();
    }

    /** The same as what is saved: nothing to check or save again. */
    boolean isUnchanged(MeasureItem item, String smallNumberMark) {
        return item.current() != null && of(item, smallNumberMark).sameAs(this);
    }

    private boolean sameAs(ValueLine typed) {
        return typedValue().equalsIgnoreCase(typed.typedValue())
                && status == typed.status()
                && typedNote().equals(typed.typedNote());
    }
}
