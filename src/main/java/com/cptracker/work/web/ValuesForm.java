package com.cptracker.work.web;

import com.cptracker.work.WorkService.MeasureItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A quarter's values for all of one's measures: a line per measure, by the measure's id, bound as
 * {@code rows[1234].value} and so on. {@code step} is the button pressed: "save", or "check" to see the statuses.
 */
record ValuesForm(String step, Map<Long, ValueLine> rows) {

    ValuesForm {
        rows = rows == null ? Map.of() : rows;
    }

    static ValuesForm of(List<MeasureItem> items, String smallNumberMark) {
        Map<Long, ValueLine> rows = new LinkedHashMap<>();
        items.forEach(item -> rows.put(id(item), ValueLine.of(item, smallNumberMark)));
        return new ValuesForm(null, rows);
    }

    static long id(MeasureItem item) {
        return item.view().measure().id();
    }

    boolean save() {
        return "save".equals(step);
    }

    /**
     * Whether the form has a line for each of these measures and no other. Otherwise the page was out of date (a
     * measure given to someone else since it was shown), or the post was made up.
     */
    boolean isFor(List<MeasureItem> items) {
        return rows.size() == items.size()
                && rows.values().stream().allMatch(Objects::nonNull)
                && items.stream().allMatch(item -> rows.containsKey(id(item)));
    }

    ValueLine line(MeasureItem item) {
        return rows.get(id(item));
    }
}
