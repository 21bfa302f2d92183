package com.cptracker.work.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.measures.MeasureValueService.PublishedValueException;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.TypedValue;
import com.cptracker.status.Mark;
import com.cptracker.status.MeasureRules;
import com.cptracker.status.Reading;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import com.cptracker.work.WorkService.MeasureItem;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * One measure's row on the values page: the measure, the status its typed value would get (once it reads), and the
 * value to save. Its line of the form is read here, because what a line needs depends on the measure: a figure in its
 * unit or a mark in its place ({@link TypedValue}), or for a qualitative measure the owner's status, and a comment
 * whenever the status is red or amber. Every problem of the line goes on the form, beside its field.
 */
record ValueRow(MeasureItem item, Verdict preview, ValueInput input) {

    private static final Set<Status> OWNER_STATUSES = Set.of(Status.RED, Status.AMBER, Status.GREEN);

    static ValueRow blank(MeasureItem item) {
        return new ValueRow(item, null, null);
    }

    /**
     * Reads the measure's line of the form. A line left blank, or as it is saved, is not entered: no preview and
     * nothing to save.
     */
    static ValueRow read(MeasureItem item, String smallNumberMark, ValuesForm form, Errors errors) {
        ValueLine line = form.line(item);
        if (line.isBlank() || line.isUnchanged(item, smallNumberMark)) {
            return blank(item);
        }
        MeasureSummary m = item.view().measure();
        String row = "rows[" + m.id() + "].";
        boolean qualitative = m.unit() == MeasureUnit.QUALITATIVE;
        String first = row + (qualitative ? "status" : "value");
        if (item.current() != null && item.current().published()) {
            Forms.reject(errors, first, "published", PublishedValueException.message(m.ref()));
            return blank(item);
        }
        if (line.version() == null && !errors.hasFieldErrors(row + "version")) {
            Forms.reject(errors, first, "version", Forms.STALE_PAGE);
        }
        if (line.typedNote().length() > 2000) {
            Forms.reject(errors, row + "note", "size", "The comment must be 2,000 characters or fewer");
        }
        TypedValue typed = null;
        Status status = null;
        if (qualitative) {
            status = ownerStatus(line, m.ref(), row, errors);
            if (line.typedNote().isEmpty()) {
                Forms.reject(errors, row + "note", "required", "Give a comment to explain the status of " + m.ref());
            }
        } else {
            typed = typed(m, smallNumberMark, line.typedValue(), errors, row + "value");
        }
        if (errors.hasFieldErrors(row + "*")) {
            return blank(item);
        }
        BigDecimal number = typed == null ? null : typed.number();
        Mark mark = typed == null ? null : typed.mark();
        Verdict preview =
                MeasureRules.status(m.polarity(), qualitative, item.view().target(), new Reading(number, mark, status));
        if ((preview.status() == Status.RED || preview.status() == Status.AMBER)
                && line.typedNote().isEmpty()) {
            Forms.reject(
                    errors,
                    row + "note",
                    "required",
                    "Explain the figure for " + m.ref() + ": it is "
                            + preview.status().label().toLowerCase());
            return new ValueRow(item, preview, null);
        }
        return new ValueRow(
                item,
                preview,
                new ValueInput(
                        m.id(),
                        item.period(),
                        number,
                        mark,
                        status,
                        line.typedNote().isEmpty() ? null : line.typedNote(),
                        line.version()));
    }

    /**
     * A measure's figure box read by {@link TypedValue}, here and when an administrator corrects it: the figure or
     * mark, or null with the problem beside the box (or when the box already has one).
     */
    static TypedValue typed(MeasureSummary m, String smallNumberMark, String text, Errors errors, String field) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        TypedValue typed = TypedValue.read(m, smallNumberMark, text);
        if (!typed.ok()) {
            Forms.reject(errors, field, "figure", typed.problem());
            return null;
        }
        return typed;
    }

    /** The owner's red, amber or green for a qualitative measure; null, with the problem, otherwise. */
    private static Status ownerStatus(ValueLine line, String ref, String row, Errors errors) {
        if (errors.hasFieldErrors(row + "status")) {
            return null;
        }
        if (line.status() == null || !OWNER_STATUSES.contains(line.status())) {
            Forms.reject(errors, row + "status", "required", "Choose a status for " + ref);
            return null;
        }
        return line.status();
    }
}
