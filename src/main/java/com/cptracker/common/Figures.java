package com.cptracker.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a figure as a person types it, for every form that takes one: a measure's value and its
 * correction, a target, an amber threshold, a benchmark, a margin. Strict, so that a slip is refused rather than read
 * as some other number: digits, with thousands separators only in their place ({@code 1,234} and {@code 12,345.5},
 * never {@code 1,5} or {@code 12,34}), an optional decimal part, and a trailing % sign only on a percentage. Surrounding
 * spaces are fine. No figure this application holds is negative.
 */
public final class Figures {

    /** The largest figure a measure has: well inside the columns' ten integer digits. */
    public static final BigDecimal MOST = new BigDecimal("1000000000");
    /** The decimal places the columns keep. */
    public static final int DECIMALS = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern FIGURE = Pattern.compile("(-?)(\\d+|[1-9]\\d{0,2}(?:,\\d{3})+)(?:\\.(\\d+))?(\\s*%)?");

    private Figures() {}

    /** A number, or the problem to show beside the field; both null when nothing was typed. */
    public record Read(BigDecimal number, String problem) {}

    /**
     * What a figure is, for reading and for the messages: {@code name} as a sentence names it ("the target"),
     * {@code asNumber} the message for something that is not a number at all, whether it is a percentage (a trailing
     * % sign allowed), the most it may be, and its decimal places.
     */
    public record Figure(String name, String asNumber, boolean percentage, BigDecimal most, int decimals) {

        /**
         * A figure in a measure's unit: at most 100 for a percentage, otherwise at most {@link #MOST}. The message
         * for something that is not a number gives the example: "Enter the target as a number, like 95 or 2.5".
         */
        public static Figure of(String name, String example, boolean percentage) {
            return new Figure(
                    name,
                    "Enter " + name + " as a number, like " + example,
                    percentage,
                    percentage ? HUNDRED : MOST,
                    DECIMALS);
        }

        public Read read(String typed) {
            String t = typed == null ? "" : typed.strip();
            if (t.isEmpty()) {
                return new Read(null, null);
            }
            Matcher m = FIGURE.matcher(t);
            if (!m.matches()) {
                return problem(asNumber);
            }
            if (m.group(4) != null && !percentage) {
                return problem("Enter " + name + " without a % sign: it is not a percentage");
            }
            if (!m.group(1).isEmpty()) {
                return problem(sentence(name) + " must be 0 or more");
            }
            String whole = m.group(2).replace(",", "").replaceFirst("^0+(?=\\d)", "");
            String fraction = m.group(3) == null ? "" : m.group(3);
            // Too many digits is too large before it is ever parsed, however long the text.
            if (whole.length() > most.toBigInteger().toString().length()) {
                return tooLarge();
            }
            if (fraction.length() > decimals) {
                return problem("Enter " + name + " with no more than " + decimals + " decimal places");
            }
            BigDecimal number = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
            return number.compareTo(most) > 0 ? tooLarge() : new Read(number, null);
        }

        private Read tooLarge() {
            return problem(sentence(name) + " is too large. "
                    + (percentage && most.compareTo(HUNDRED) == 0
                            ? "A percentage must be between 0 and 100"
                            : "It must be "
                                    + NumberFormat.getNumberInstance(Locale.UK).format(most) + " or less"));
        }

        private static Read problem(String message) {
            return new Read(null, message);
        }

        private static String sentence(String name) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
