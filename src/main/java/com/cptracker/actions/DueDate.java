package com.cptracker.actions;

import com.cptracker.common.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an action is due, kept exactly as the plan writes it ({@link #text()}), beside what the tracker understands of
 * it. A timescale may have up to three parts, in any order: a deadline (a date "31 March 2019", a month "September
 * 2018", a quarter "Q3 2025-26", a financial or academic year "2024-25", a term, or "the end of the strategy"), what
 * happens without or after it ("Ongoing", or a recurrence such as "Annually" or "Termly"), and when work starts ("from
 * April 2025"). So "by September 2025 and then annually" is due by 30 September 2025 and then recurs every year;
 * "from April 2025, ongoing" starts on 1 April 2025 and is never overdue.
 *
 * @param kind the kind of deadline, or {@link Kind#ONGOING} / {@link Kind#RECURRING} when there is none
 * @param date the last day by which it is due (the deadline's last day), or null when there is no deadline
 * @param recurrence how often it recurs: alone, or after the deadline ("and then annually"); null when it does not
 * @param thenOngoing after the deadline it goes on ("by March 2025 and ongoing")
 * @param startsOn when work starts ("from April 2025"), or null
 * @param text the timescale as written, spaces tidied
 */
public record DueDate(
        Kind kind, LocalDate date, Recurrence recurrence, boolean thenOngoing, LocalDate startsOn, String text) {

    public enum Kind {
        DATE,
        MONTH,
        QUARTER,
        YEAR,
        TERM,
        STRATEGY_END,
        ONGOING,
        RECURRING;

        boolean dated() {
            return this != ONGOING && this != RECURRING;
        }
    }

    public enum Recurrence {
        MONTHLY("every month"),
        HALF_TERMLY("every half term"),
        TERMLY("every term"),
        QUARTERLY("every quarter"),
        SIX_MONTHLY("every six months"),
        ANNUALLY("every year");

        private final String words;

        Recurrence(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The forms a timescale may take, for messages and hints. */
    public static final String FORMS =
            "a date (31 March 2025), a month (September 2025), a quarter (Q3 2025-26), a year (2024-25), \"the end of"
                    + " the strategy\", Ongoing, or how often it recurs (Annually, Termly), joined as plans write them"
                    + " (\"by September 2025 and then annually\", \"from April 2025, ongoing\")";

    private static final String REFUSED = "Enter when the action is due as " + FORMS;

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_SHORT_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern QUARTER =
            Pattern.compile("(?:(\\d{4})[-/](\\d{2})\\s*q([1-4])|q([1-4])\\s*(\\d{4})[-/](\\d{2}))");
    private static final Pattern YEAR = Pattern.compile("(?:financial year |fy ?)?(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");
    /** Where one part of a timescale ends and the next begins. */
    private static final Pattern JOINS = Pattern.compile(
            "\\s*(?:,|;|\\band then\\b|\\bthen\\b|\\band\\b|\\bthereafter\\b|\\buntil\\b|(?=\\bfrom\\b))\\s*");

    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    /** The words of one part of a timescale, compiled once: a parse reads every action of an imported plan twice. */
    private static final Pattern FROM = Pattern.compile("^(?:from|starting(?: in| on)?|commencing|beginning)\\s+(.+)$");

    private static final Pattern ONWARDS = Pattern.compile("^(?:from\\s+)?(.+?)\\s+onwards?$");
    private static final Pattern TRAILING_ONWARDS = Pattern.compile("\\s+onwards?$");
    private static final Pattern ONGOING = Pattern.compile("(?:on-?going|on going|continuous|continuing)");
    private static final Pattern BY =
            Pattern.compile("^(?:due |complete |completed )?(?:by|before|no later than|until|in|during)\\s+");
    private static final Pattern END_OF = Pattern.compile("^(?:the )?end of\\s+");
    private static final Pattern THE_STRATEGY =
            Pattern.compile("(?:the )?(?:end of )?(?:the )?(?:life of the )?strategy(?: period)?");
    private static final Pattern RECURS =
            Pattern.compile("^(?:reviewed |review |reported |report |repeated |recurring |recurs )");

    public DueDate {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
        if (kind.dated() != (date != null) && kind != Kind.STRATEGY_END) {
            throw new IllegalArgumentException(
                    "A " + kind + " due date " + (kind.dated() ? "needs" : "has no") + " a date");
        }
        if (kind == Kind.RECURRING && recurrence == null) {
            throw new IllegalArgumentException("A recurring due date needs a recurrence");
        }
        if (kind == Kind.ONGOING && recurrence != null) {
            throw new IllegalArgumentException("An ongoing due date does not recur");
        }
        if (thenOngoing && (!kind.dated() || recurrence != null)) {
            throw new IllegalArgumentException("Only a deadline can be followed by ongoing work");
        }
    }

    /**
     * Reads a timescale as people write it in action plans. Throws {@link IllegalArgumentException} with a message fit
     * to show beside the field when a part of it is not understood; nothing is guessed. "The end of the strategy" has
     * no date until {@link #endingWith} gives it the strategy's last day.
     */
    public static DueDate parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Enter when the action is due");
        }
        String text = input.strip().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.UK).replaceAll("[.!]+$", "");
        Parts parts = new Parts();
        for (String part : JOINS.split(lower)) {
            if (!part.isBlank()) {
                parts.read(part.strip());
            }
        }
        return parts.due(text);
    }

    /** This timescale with "the end of the strategy" read as the strategy's last day; other timescales unchanged. */
    public DueDate endingWith(LocalDate strategyEnds) {
        if (kind != Kind.STRATEGY_END || strategyEnds == null) {
            return this;
        }
        return new DueDate(kind, strategyEnds, recurrence, thenOngoing, startsOn, text);
    }

    public boolean isDated() {
        return date != null;
    }

    /** A deadline followed by recurring or ongoing work ("by September 2025 and then annually"). */
    public boolean continuesAfterDeadline() {
        return isDated() && (recurrence != null || thenOngoing);
    }

    /**
     * Whether the other is due by the same day, recurs alike and starts alike, however it is written: "Sept 2018" and
     * "September 2018" are the same due date; "September 2018" and "30 September 2018" are too. Changing one to the
     * other does not move the date.
     */
    public boolean sameDayAs(DueDate other) {
        return Objects.equals(date, other.date)
                && recurrence == other.recurrence
                && thenOngoing == other.thenOngoing
                && Objects.equals(startsOn, other.startsOn);
    }

    /** What the tracker understands of the timescale, in a sentence: "Due by 30 September 2025, then every year." */
    public String understood() {
        StringBuilder s = new StringBuilder();
        if (kind == Kind.STRATEGY_END && date == null) {
            s.append("Due by the end of the strategy");
        } else if (isDated()) {
            s.append("Due by ").append(date.format(SHOWN));
            if (kind == Kind.STRATEGY_END) {
                s.append(", the end of the strategy");
            }
            if (recurrence != null) {
                s.append(", then ").append(recurrence.words());
            } else if (thenOngoing) {
                s.append(", then ongoing");
            }
        } else if (recurrence != null) {
            s.append("Recurs ").append(recurrence.words()).append(", never overdue");
        } else {
            s.append("Ongoing, never overdue");
        }
        if (startsOn != null) {
            s.append("; starts on ").append(startsOn.format(SHOWN));
        }
        return s.append('.').toString();
    }

    /** The parts of a timescale read so far; each may be given once. */
    private static final class Parts {
        private Kind kind;
        private LocalDate date;
        private Recurrence recurrence;
        private boolean ongoing;
        private LocalDate startsOn;

        void read(String part) {
            String p = part;
            boolean start = false;
            Matcher from = FROM.matcher(p);
            Matcher onwards = ONWARDS.matcher(p);
            if (from.matches()) {
                p = from.group(1);
                start = true;
            } else if (onwards.matches()) {
                p = onwards.group(1);
                start = true;
            }
            if (start) {
                p = TRAILING_ONWARDS.matcher(p).replaceFirst("");
                Optional<Span> span = span(p);
                if (span.isEmpty() || startsOn != null) {
                    throw new IllegalArgumentException(REFUSED);
                }
                startsOn = span.get().start();
                return;
            }
            Recurrence r = recurrence(p);
            if (r != null) {
                if (recurrence != null) {
                    throw new IllegalArgumentException(REFUSED);
                }
                recurrence = r;
                return;
            }
            if (ONGOING.matcher(p).matches()) {
                if (ongoing) {
                    throw new IllegalArgumentException(REFUSED);
                }
                ongoing = true;
                return;
            }
            p = END_OF.matcher(BY.matcher(p).replaceFirst("")).replaceFirst("");
            if (THE_STRATEGY.matcher(p).matches()) {
                setDeadline(Kind.STRATEGY_END, null);
                return;
            }
            Span span = span(p).orElseThrow(() -> new IllegalArgumentException(REFUSED));
            setDeadline(span.kind(), span.end());
        }

        private void setDeadline(Kind k, LocalDate end) {
            if (kind != null) {
                throw new IllegalArgumentException(REFUSED);
            }
            kind = k;
            date = end;
        }

        DueDate due(String text) {
            if (kind != null) {
                return new DueDate(kind, date, recurrence, ongoing && recurrence == null, startsOn, text);
            }
            if (recurrence != null) {
                return new DueDate(Kind.RECURRING, null, recurrence, false, startsOn, text);
            }
            if (ongoing || startsOn != null) {
                return new DueDate(Kind.ONGOING, null, null, false, startsOn, text);
            }
            throw new IllegalArgumentException(REFUSED);
        }
    }

    /** A stretch of time a part names: its first and last day, and what kind of deadline it makes. */
    private record Span(Kind kind, LocalDate start, LocalDate end) {}

    private static Optional<Span> span(String part) {
        String p = ORDINAL.matcher(part.strip()).replaceAll("$1").replace(",", "");
        Matcher q = QUARTER.matcher(p);
        if (q.matches()) {
            String first = q.group(1) != null ? q.group(1) : q.group(5);
            String second = q.group(2) != null ? q.group(2) : q.group(6);
            String quarter = q.group(3) != null ? q.group(3) : q.group(4);
            return ReportingPeriod.tryParse(first + "-" + second + "-Q" + quarter)
                    .map(r -> new Span(Kind.QUARTER, r.start(), r.end()));
        }
        Matcher y = YEAR.matcher(p);
        if (y.matches()) {
            int first = Integer.parseInt(y.group(1));
            int second = Integer.parseInt(y.group(2));
            boolean next = y.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
            return next
                    ? Optional.of(new Span(Kind.YEAR, LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 3, 31)))
                    : Optional.empty();
        }
        YearMonth month = tryMonth(p);
        if (month != null) {
            return Optional.of(new Span(Kind.MONTH, month.atDay(1), month.atEndOfMonth()));
        }
        LocalDate day = tryDay(p);
        if (day != null) {
            return Optional.of(new Span(Kind.DATE, day, day));
        }
        return ReportingPeriod.written(p).map(r -> new Span(kindOf(r), r.start(), r.end()));
    }

    private static Kind kindOf(ReportingPeriod r) {
        return switch (r.kind()) {
            case QUARTER -> Kind.QUARTER;
            case MONTH -> Kind.MONTH;
            case TERM, HALF_TERM -> Kind.TERM;
            default -> Kind.YEAR;
        };
    }

    private static Recurrence recurrence(String p) {
        String r = RECURS.matcher(p).replaceFirst("");
        return switch (r) {
            case "annually", "annual", "yearly", "every year", "each year", "once a year" -> Recurrence.ANNUALLY;
            case "six monthly",
                    "six-monthly",
                    "6 monthly",
                    "6-monthly",
                    "half yearly",
                    "half-yearly",
                    "every six months",
                    "every 6 months",
                    "twice yearly",
                    "twice a year",
                    "bi-annually",
                    "biannually" -> Recurrence.SIX_MONTHLY;
            case "quarterly", "every quarter", "each quarter" -> Recurrence.QUARTERLY;
            case "monthly", "every month", "each month" -> Recurrence.MONTHLY;
            case "termly", "every term", "each term" -> Recurrence.TERMLY;
            case "half termly", "half-termly", "every half term", "each half term" -> Recurrence.HALF_TERMLY;
            default -> null;
        };
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
        return ReportingPeriod.written(text)
                .filter(r -> r.kind() == ReportingPeriod.Kind.MONTH)
                .map(r -> YearMonth.from(r.start()))
                .orElse(null);
    }

    private static LocalDate tryDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // not ISO
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DAY_MONTH_YEAR, DAY_SHORT_MONTH_YEAR}) {
            try {
                return LocalDate.parse(capitaliseWords(text), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
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
