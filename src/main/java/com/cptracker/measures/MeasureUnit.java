package com.cptracker.measures;

import com.cptracker.common.Figures.Figure;
import com.cptracker.status.MarginUnit;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** What a measure's number counts. Qualitative measures are reported in words, with an owner-set status. */
public enum MeasureUnit {
    PERCENTAGE("%"),
    NUMBER("number"),
    DAYS("days"),
    RATE_PER_10000("rate per 10,000"),
    QUALITATIVE("qualitative");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * How a figure in this unit is typed and read: with a trailing % sign allowed and at most 100 for a percentage.
     * {@code name} names it in messages ("the target"), {@code example} shows what one looks like ("95 or 2.5").
     */
    public Figure figure(String name, String example) {
        return Figure.of(name, example, this == PERCENTAGE);
    }

    /**
     * How a measure's own margin for "similar" to a benchmark is typed and read: as a percentage of the benchmark (at
     * most 100, two decimal places) or in the measure's own units ({@code unit} null when it is not known yet: then as
     * a percentage).
     */
    public static Figure margin(MarginUnit margin, MeasureUnit unit) {
        return margin == MarginUnit.PERCENT || unit == null
                ? new Figure(
                        "the margin", "Enter the margin as a number, like 5 or 2.5", true, BigDecimal.valueOf(100), 2)
                : unit.figure("the margin", "2 or 0.5");
    }

    /** A figure as people read it in this unit: "92.4%", "426 days", "62.1", "1,204". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(2);
        String n = f.format(value);
        return switch (this) {
            case PERCENTAGE -> n + "%";
            case DAYS -> n + (value.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
            default -> n;
        };
    }
}
