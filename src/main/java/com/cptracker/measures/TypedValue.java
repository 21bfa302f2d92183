package com.cptracker.measures;

import com.cptracker.common.Figures.Figure;
import com.cptracker.common.Figures.Read;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.status.Mark;
import java.math.BigDecimal;

/**
 * What a person typed in a measure's figure box, read: a figure in the measure's unit, or a mark in its place (c, x, z
 * or the strategy's small-number mark, any case, spaces around ignored), or the problem to show beside the box. The
 * one reading of a typed value, for the officer's values page, the administrator's correction and a spreadsheet of
 * values, so that each takes the same things with the same messages.
 */
public record TypedValue(BigDecimal number, Mark mark, String problem) {

    /**
     * @param smallNumberMark the strategy's small-number mark (another strategy's is not a mark here)
     * @param typed           the text of the box; blank is a problem, since a value was asked for
     */
    public static TypedValue read(MeasureSummary measure, String smallNumberMark, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return problem("Enter a figure for " + measure.ref() + ", or a mark: " + Mark.accepted(smallNumberMark));
        }
        var mark = Mark.read(t, smallNumberMark);
        if (mark.isPresent()) {
            return new TypedValue(null, mark.get(), null);
        }
        Read read = figure(measure, smallNumberMark).read(t);
        return read.problem() != null ? problem(read.problem()) : new TypedValue(read.number(), null, null);
    }

    /** A figure or a mark was read. */
    public boolean ok() {
        return problem == null;
    }

    /** How the measure's figure reads, its messages naming the marks the box also takes. */
    private static Figure figure(MeasureSummary m, String smallNumberMark) {
        return m.unit()
                .figure(
                        "the figure for " + m.ref(),
                        (m.unit() == MeasureUnit.PERCENTAGE ? "92.4 or 92.4%" : "92.4 or 1,204") + ", or a mark: "
                                + Mark.accepted(smallNumberMark));
    }

    private static TypedValue problem(String message) {
        return new TypedValue(null, null, message);
    }

    /** The box as it shows a saved value: the figure as typed, its mark as the strategy writes it, or empty. */
    public static String shown(BigDecimal number, Mark mark, String smallNumberMark) {
        if (mark != null) {
            return mark.symbol(smallNumberMark);
        }
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
