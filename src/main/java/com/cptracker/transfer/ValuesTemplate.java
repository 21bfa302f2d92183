package com.cptracker.transfer;

import com.cptracker.measures.MeasureStatusView.ValueView;
import com.cptracker.measures.TypedValue;
import com.cptracker.status.Mark;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.work.WorkService.MeasureItem;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The workbook an officer fills in with a quarter's values: a row per measure they may enter now, as the values page
 * shows them, with its ref, name, unit, period, last value and target in grey (for reference, not read), then Value,
 * Status (a list) and Comment, filled with what is saved already; and a notes sheet explaining every column.
 */
final class ValuesTemplate {

    private ValuesTemplate() {}

    static byte[] write(StrategySummary s, String quarter, List<MeasureItem> items) {
        List<List<Object>> rows = items.stream()
                .map(item -> List.<Object>copyOf(cells(item, s.smallNumberMark())))
                .toList();
        return WorkbookWriter.write(
                "Values for " + quarter + " - " + s.title(),
                List.of(
                        "Type each measure's value in the Value column, and for a qualitative measure its status. "
                                + "Leave a row's Value and Status empty to leave it out.",
                        "The grey columns are for reference only and are not read: change them and nothing changes.",
                        "Upload the file on the tracker's values page (as this workbook or saved as CSV with the same"
                                + " columns). It is checked first: you see each row's value, the status it would get"
                                + " and any problem, and nothing is saved until you confirm. Then every row is saved,"
                                + " or none.",
                        "Marks in place of a figure: c confidential, x not available, z not applicable, "
                                + Mark.SMALL_NUMBER.symbol(s.smallNumberMark())
                                + " a small number. A mark is never read as 0."),
                List.of(new WorkbookWriter.SheetRows(ValuesFile.FORMAT, rows, Set.copyOf(ValuesFile.FOR_REFERENCE))));
    }

    /** A measure's row: its reference columns, then what is saved for the period (empty when nothing is). */
    private static List<String> cells(MeasureItem item, String smallNumberMark) {
        var m = item.view().measure();
        var c = item.current();
        ValueView last = Stream.of(item.view().value(), item.view().previous())
                .filter(v -> v != null && !v.period().equals(item.period()))
                .findFirst()
                .orElse(null);
        return List.of(
                m.ref(),
                m.title(),
                m.unit().label(),
                item.period().label(),
                last == null ? "" : last.display() + " (" + last.period().label() + ")",
                item.view().target() == null ? "" : item.view().target().describe(),
                c == null ? "" : TypedValue.shown(c.value(), c.mark(), smallNumberMark),
                c == null || c.ownerStatus() == null ? "" : c.ownerStatus().label(),
                c == null || c.note() == null ? "" : c.note());
    }
}
