package com.cptracker.work.web;

import com.cptracker.measures.MeasureUnit;
import java.math.BigDecimal;

/**
 * Reads a figure as an officer types it ("92.4", "92.4%", "1,204"): a number of at most ten digits and four
 * decimals, never negative, at most a billion, and at most 100 for a percentage. One reading for every form that
 * takes a figure, so that entering and correcting a value refuse the same things.
 */
final class Figures {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    /** A number, or the problem to show beside the field. */
    record Read(BigDecimal number, String problem) {
    }

    private Figures() {
    }

    static Read read(String typed, String ref, MeasureUnit unit) {
        String clean = typed.replace(",", "").replace("%", "").strip();
        if (!clean.matches("-?\\d{1,10}(\\.\\d{1,4})?")) {
            return new Read(null, "Enter the figure for " + ref
                    + " as a number, like 92.4, with up to 4 decimal places");
        }
        BigDecimal number = new BigDecimal(clean);
        if (number.signum() < 0 || number.compareTo(LIMIT) > 0) {
            return new Read(null, "The figure for " + ref + " must be 0 or more");
        }
        if (unit == MeasureUnit.PERCENTAGE && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new Read(null, "A percentage must be between 0 and 100");
        }
        return new Read(number, null);
    }
}
