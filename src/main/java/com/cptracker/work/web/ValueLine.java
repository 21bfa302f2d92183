package com.cptracker.work.web;

import com.cptracker.status.Status;
import com.cptracker.work.WorkService.MeasureItem;

/**
 * One measure's line of the values form, as typed: its figure (read by {@link ValueRow} in the measure's unit), or
 * suppressed, or for a qualitative measure the owner's status; a comment; and the value's version as the page showed
 * it (-1 for none yet).
 */
record ValueLine(String value, Boolean suppressed, Status status, String note, Long version) {

    /** The line as saved, or empty with version -1 when nothing is saved for the period yet. */
    static ValueLine of(MeasureItem item) {
        var c = item.current();
        return c == null
                ? new ValueLine("", false, null, "", -1L)
                : new ValueLine(
                        c.value() == null ? "" : c.value().stripTrailingZeros().toPlainString(),
                        c.suppressed(),
                        c.ownerStatus(),
                        c.note() == null ? "" : c.note(),
                        c.version());
    }

    String typedValue() {
        return value == null ? "" : value.strip();
    }

    boolean isSuppressed() {
        return Boolean.TRUE.equals(suppressed);
    }

    String typedNote() {
        return note == null ? "" : note.strip();
    }

    /** Nothing typed: not entered, so not checked or saved. */
    boolean isBlank() {
        return typedValue().isEmpty()
                && !isSuppressed()
                && status == null
                && typedNote().isEmpty();
    }

    /** The same as what is saved: nothing to check or save again. */
    boolean isUnchanged(MeasureItem item) {
        return item.current() != null && of(item).sameAs(this);
    }

    private boolean sameAs(ValueLine typed) {
        return typedValue().equals(typed.typedValue())
                && isSuppressed() == typed.isSuppressed()
                && status == typed.status()
                && typedNote().equals(typed.typedNote());
    }
}
