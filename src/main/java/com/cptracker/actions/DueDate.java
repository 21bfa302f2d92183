package com.cptracker.actions;

import com.cptracker.common.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an action is due, as a plan writes it: a date ("31 March 2019"), a month ("September 2018"), a financial quarter
 * ("2024-25 Q1"), "Ongoing", or recurring ("Annually"). {@link #date()} is the last day by which a dated action is
 * due; it is empty for ongoing and recurring actions.
 */
public record DueDate(Kind kind, LocalDate date, Recurrence recurrence, String text) {

    public enum Kind {
        DATE,
        MONTH,
        QUARTER,
        ONGOING,
        RECURRING
    }

    public enum Recurrence {
        MONTHLY,
        QUARTERLY,
        SIX_MONTHLY,
        ANNUALLY
    }

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern QUARTER =
            Pattern.compile("(?i)(?:(\\d{4}-\\d{2})\\s*Q([1-4])|Q([1-4])\\s*(\\d{4}-\\d{2}))");

    public DueDate {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
        boolean dated = kind == Kind.DATE || kind == Kind.MONTH || kind == Kind.QUARTER;
        if (dated != (date != null)) {
            throw new IllegalArgumentException("A " + kind + " due date " + (dated ? "needs" : "has no") + " a date");
        }
        if ((kind == Kind.RECURRING) != (recurrence != null)) {
            throw new IllegalArgumentException("Only a recurring due date has a recurrence");
        }
    }

    /**
     * Reads a due date as people write it in action plans. Throws {@link IllegalArgumentException} with a message fit
     * to show beside the field when the text is not a date, month, quarter, "Ongoing" or a recurrence.
     */
    public static DueDate parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Enter when the action is due");
        }
        String text = input.trim().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.UK);
        switch (lower) {
            case "ongoing", "on-going", "on going" -> {
                return new DueDate(Kind.ONGOING, null, null, text);
            }
            case "annually", "annual", "yearly", "every year" -> {
                return new DueDate(Kind.RECURRING, null, Recurrence.ANNUALLY, text);
            }
            case "six monthly", "six-monthly", "half yearly", "half-yearly", "every six months" -> {
                return new DueDate(Kind.RECURRING, null, Recurrence.SIX_MONTHLY, text);
            }
            case "quarterly", "every quarter" -> {
                return new DueDate(Kind.RECURRING, null, Recurrence.QUARTERLY, text);
            }
            case "monthly", "every month" -> {
                return new DueDate(Kind.RECURRING, null, Recurrence.MONTHLY, text);
            }
            default -> {
                // fall through to the dated forms
            }
        }
        Matcher q = QUARTER.matcher(text);
        if (q.matches()) {
            String year = q.group(1) != null ? q.group(1) : q.group(4);
            String quarter = q.group(2) != null ? q.group(2) : q.group(3);
            ReportingPeriod period;
            try {
                period = ReportingPeriod.parse(year + "-Q" + quarter);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Enter a quarter as a financial year and quarter, like 2024-25 Q1");
            }
            return new DueDate(Kind.QUARTER, period.end(), null, text);
        }
        YearMonth month = tryMonth(text);
        if (month != null) {
            return new DueDate(Kind.MONTH, month.atEndOfMonth(), null, text);
        }
        LocalDate day = tryDay(text);
        if (day != null) {
            return new DueDate(Kind.DATE, day, null, text);
        }
        throw new IllegalArgumentException(
                "Enter a date (31 March 2019), a month (September 2018), a quarter (2024-25 Q1), Ongoing or Annually");
    }

    public boolean isDated() {
        return date != null;
    }

    /**
     * Whether the other is due by the same day, or recurs alike, however it is written: "Sept 2018" and "September
     * 2018" are the same due date; "September 2018" and "30 September 2018" are too. Changing one to the other does
     * not move the date.
     */
    public boolean sameDayAs(DueDate other) {
        return Objects.equals(date, other.date) && recurrence == other.recurrence;
    }

    private static YearMonth tryMonth(String text) {
        String normalised = capitalise(text);
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH_YEAR, SHORT_MONTH_YEAR}) {
            try {
                return YearMonth.parse(normalised, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static LocalDate tryDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // not ISO
        }
        try {
            return LocalDate.parse(capitaliseWords(text), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty()
                ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.UK);
    }

    private static String capitaliseWords(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(capitalise(word));
        }
        return out.toString();
    }
}
