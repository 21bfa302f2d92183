package com.cptracker.work.web;

import com.cptracker.common.Figures;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.status.MeasureRules;
import com.cptracker.status.Reading;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import com.cptracker.work.WorkService.MeasureItem;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One measure's row on the values page: what was typed, any error, and the status it would get. Reads the typed
 * text itself, so that anything typed is shown back beside its error.
 */
record ValueRow(MeasureItem item, String value, boolean suppressed, String ownerStatus, String note, String version,
                String error, String errorField, Verdict preview, ValueInput input) {

    static ValueRow blank(MeasureItem item) {
        var c = item.current();
        String typed = c == null || c.value() == null ? "" : c.value().stripTrailingZeros().toPlainString();
        return new ValueRow(item, typed, c != null && c.suppressed(),
                c == null || c.ownerStatus() == null ? "" : c.ownerStatus().name(), c == null ? "" : c.note(),
                String.valueOf(c == null ? -1 : c.version()), null, null, null, null);
    }

    public String id() {
        return String.valueOf(item.view().measure().id());
    }

    /** Reads a row from the posted form; a row left empty is not entered and has no input. */
    static ValueRow read(MeasureItem item, Map<String, String> form) {
        String id = String.valueOf(item.view().measure().id());
        String value = form.getOrDefault("value-" + id, "").strip();
        boolean suppressed = "true".equals(form.get("suppressed-" + id));
        String ownerStatus = form.getOrDefault("status-" + id, "").strip();
        String note = form.getOrDefault("note-" + id, "").strip();
        String version = form.getOrDefault("version-" + id, "-1").strip();
        ValueRow typed = new ValueRow(item, value, suppressed, ownerStatus, note, version, null, null, null, null);
        if (value.isEmpty() && !suppressed && ownerStatus.isEmpty() && note.isEmpty()) {
            return typed;
        }
        if (unchanged(item, value, suppressed, ownerStatus, note)) {
            return typed;
        }
        if (item.current() != null && item.current().published()) {
            return typed.fail("value-" + id,
                    MeasureValueService.PublishedValueException.message(item.view().measure().ref()));
        }
        if (!version.matches("-?\\d{1,18}")) {
            return typed.fail("value-" + id, "The page was out of date. Reload it and try again");
        }
        if (note.length() > 2000) {
            return typed.fail("note-" + id, "The comment must be 2,000 characters or fewer");
        }
        var m = item.view().measure();
        boolean qualitative = m.unit() == MeasureUnit.QUALITATIVE;
        BigDecimal number = null;
        Status status = null;
        if (qualitative) {
            if (!ownerStatus.matches("RED|AMBER|GREEN")) {
                return typed.fail("status-" + id, "Choose a status for " + m.ref());
            }
            status = Status.valueOf(ownerStatus);
            if (note.isEmpty()) {
                return typed.fail("note-" + id, "Give a comment to explain the status of " + m.ref());
            }
        } else {
            if (suppressed && !value.isEmpty()) {
                return typed.fail("value-" + id, "Enter a figure or tick suppressed for " + m.ref() + ", not both");
            }
            if (!suppressed) {
                if (value.isEmpty()) {
                    return typed.fail("value-" + id, "Enter a figure for " + m.ref() + ", or tick suppressed");
                }
                Figures.Read figure = figure(m.ref(), m.unit()).read(value);
                if (figure.problem() != null) {
                    return typed.fail("value-" + id, figure.problem());
                }
                number = figure.number();
            }
        }
        Verdict preview = MeasureRules.status(m.polarity(), qualitative, item.view().target(),
                new Reading(number, suppressed, status));
        ValueRow ok = new ValueRow(item, value, suppressed, ownerStatus, note, version, null, null, preview,
                new ValueInput(m.id(), item.period(), number, suppressed, status, note.isEmpty() ? null : note,
                        Long.parseLong(version)));
        if ((preview.status() == Status.RED || preview.status() == Status.AMBER) && note.isEmpty()) {
            return new ValueRow(item, value, suppressed, ownerStatus, note, version,
                    "Explain the figure for " + m.ref() + ": it is " + preview.status().label().toLowerCase(),
                    "note-" + id, preview, null);
        }
        return ok;
    }

    /** How a measure's figure is read, here and when an administrator corrects it. */
    static Figures.Figure figure(String ref, MeasureUnit unit) {
        return unit.figure("the figure for " + ref, unit == MeasureUnit.PERCENTAGE ? "92.4 or 92.4%" : "92.4 or 1,204");
    }

    /** The row shows what is already saved: nothing to check or save again. */
    private static boolean unchanged(MeasureItem item, String value, boolean suppressed, String ownerStatus,
                                     String note) {
        var c = item.current();
        if (c == null) {
            return false;
        }
        String savedValue = c.value() == null ? "" : c.value().stripTrailingZeros().toPlainString();
        String savedStatus = c.ownerStatus() == null ? "" : c.ownerStatus().name();
        String savedNote = c.note() == null ? "" : c.note();
        return savedValue.equals(value) && c.suppressed() == suppressed && savedStatus.equals(ownerStatus)
                && savedNote.equals(note);
    }

    private ValueRow fail(String field, String message) {
        return new ValueRow(item, value, suppressed, ownerStatus, note, version, message, field, null, null);
    }
}
