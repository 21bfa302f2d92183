package com.cptracker.transfer;

import java.util.List;
import java.util.function.Function;

/**
 * One sheet of the workbook: its name, what it is for, its columns, how an item becomes a row's cells, how a row is
 * read back into an item, and which of a document's lists it holds. Writing and reading come from the same
 * definition, so they cannot drift apart.
 */
public record SheetFormat<T>(
        String name,
        String purpose,
        List<Column> columns,
        Function<T, List<Object>> cells,
        Function<Line, T> read,
        Function<StrategyDocument, List<T>> items) {

    public int index(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + header + " on " + name);
    }
}
