package com.cptracker.measures;

import com.cptracker.common.Figures.Figure;
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
