package com.cptracker.measures;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** What a measure's number counts. Qualitative measures are reported in words, with an owner-set status. */
public enum MeasureUnit {
    PERCENTAGE("%"), NUMBER("number"), DAYS("days"), RATE_PER_10000("rate per 10,000"), QUALITATIVE("qualitative");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
