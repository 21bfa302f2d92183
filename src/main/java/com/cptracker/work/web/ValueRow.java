package com.cptracker.work.web;

import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.TypedValue;
import com.cptracker.measures.ValueRules;
import com.cptracker.measures.ValueRules.Subject;
import com.cptracker.measures.ValueRules.Typed;
import com.cptracker.status.Verdict;
import com.cptracker.work.WorkService.MeasureItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * One measure's row on the values page: the measure, the status its typed value would get (once it reads), and the
 * value to save. Its line is read by {@link ValueRules}; every problem of the line goes on the form, beside its field.
 */
record ValueRow(MeasureItem item, Verdict preview, ValueInput input) {

    static ValueRow blank(MeasureItem item) {
        return new ValueRow(item, null, null);
    }

    /**
     * Reads the measure's line of the form by {@link ValueRules}, the rules a spreadsheet of values is read by too. A
     * line left blank, or as it is saved, is not entered: no preview and nothing to save.
     */
    static ValueRow read(MeasureItem item, String smallNumberMark, ValuesForm form, Errors errors) {
        ValueLine line = form.line(item);
        if (line.isBlank() || line.isUnchanged(item, smallNumberMark)) {
            return blank(item);
        }
        Subject subject = item.subject();
        String row = "rows[" + item.view().measure().id() + "].";
        Set<String> unreadable = new HashSet<>();
        for (String field : List.of(ValueRules.VALUE, ValueRules.STATUS, ValueRules.NOTE, ValueRules.VERSION)) {
            if (errors.hasFieldErrors(row + field)) {
                unreadable.add(field);
            }
        }
        boolean published = item.current() != null && item.current().published();
        if (line.version() == null && !unreadable.contains(ValueRules.VERSION) && !published) {
            Forms.reject(errors, row + ValueRules.first(subject), "version", Forms.STALE_PAGE);
            unreadable.add(ValueRules.VERSION);
        }
        ValueRules.Line read = ValueRules.read(
                subject,
                smallNumberMark,
                new Typed(line.value(), line.status(), line.note(), line.version(), unreadable));
        read.problems().forEach(p -> Forms.reject(errors, row + p.field(), p.code(), p.message()));
        return new ValueRow(item, read.preview(), read.input());
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
}
