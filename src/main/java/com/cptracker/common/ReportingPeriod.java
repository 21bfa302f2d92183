package com.cptracker.common;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, written as a stable code that is also readable in a URL.
 *
 * <ul>
 *   <li>financial quarter {@code 2018-19-Q1} (April to June 2018; the council's year runs April to March)</li>
 *   <li>financial year {@code 2018-19}, and year to date {@code 2018-19-YTD-Q2} (April to the end of Q2)</li>
 *   <li>month {@code M2018-06} (June 2018; the M keeps it apart from financial years such as 2011-12)</li>
 *   <li>academic year {@code AY2018-19} (September to August), its terms {@code AY2018-19-T1} (autumn,
 *       September to December), {@code -T2} (spring, January to March) and {@code -T3} (summer, April to August), and
 *       its half terms {@code AY2018-19-HT1} to {@code -HT6} (Sep-Oct, Nov-Dec, Jan-Feb, Mar, Apr-May, Jun-Aug)</li>
 * </ul>
 * Term and half-term boundaries are whole months (terms are approximated to the months they mostly cover).
 */
public record ReportingPeriod(Kind kind, String code, LocalDate start, LocalDate end, String label) {

    /**
     * Periods already read, by code: a board page reads the period of every figure it shows (thousands on a large
     * council's scorecard) from a few hundred codes, and reading one takes regular expressions. Only valid codes are
     * kept, and at most {@link #PARSED_AT_MOST} of them, however many addresses someone tries.
     */
    private static final Map<String, ReportingPeriod> PARSED = new ConcurrentHashMap<>();

    private static final int PARSED_AT_MOST = 10_000;

    public enum Kind {
        QUARTER,
        FINANCIAL_YEAR,
        YEAR_TO_DATE,
        MONTH,
        ACADEMIC_YEAR,
        TERM,
        HALF_TERM
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");
    private static final Pattern YTD = Pattern.compile("(\\d{4})-(\\d{2})-YTD-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("M(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("AY(\\d{4})-(\\d{2})");
    private static final Pattern TERM = Pattern.compile("AY(\\d{4})-(\\d{2})-T([1-3])");
    private static final Pattern HALF_TERM = Pattern.compile("AY(\\d{4})-(\\d{2})-HT([1-6])");
    private static final String[] TERM_NAMES = {"autumn", "spring", "summer"};
    /** First month (offset from September) and length in months of each half term. */
    private static final int[][] HALF_TERMS = {{0, 2}, {2, 2}, {4, 2}, {6, 1}, {7, 2}, {9, 3}};

    private static final int[][] TERMS = {{0, 4}, {4, 3}, {7, 5}};

    public ReportingPeriod {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + code);
        }
    }

    /** The period a code names, or empty when it names none (a code typed into an address, say). */
    public static Optional<ReportingPeriod> tryParse(String code) {
        try {
            return Optional.of(parse(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses a period code; throws {@link IllegalArgumentException} with a readable message when it is not one. */
    public static ReportingPeriod parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("No period given");
        }
        ReportingPeriod known = PARSED.get(code);
        if (known != null) {
            return known;
        }
        ReportingPeriod read = read(code);
        if (PARSED.size() < PARSED_AT_MOST) {
            PARSED.put(code, read);
        }
        return read;
    }

    private static ReportingPeriod read(String code) {
        String c = code.trim();
        Matcher m;
        if ((m = QUARTER.matcher(c)).matches()) {
            int year = financialYear(m);
            int q = Integer.parseInt(m.group(3));
            LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * (q - 1));
            return new ReportingPeriod(
                    Kind.QUARTER, c, start, start.plusMonths(3).minusDays(1), yearLabel(year) + " Q" + q);
        }
        if ((m = YTD.matcher(c)).matches()) {
            int year = financialYear(m);
            int q = Integer.parseInt(m.group(3));
            LocalDate start = LocalDate.of(year, 4, 1);
            return new ReportingPeriod(
                    Kind.YEAR_TO_DATE,
                    c,
                    start,
                    start.plusMonths(3L * q).minusDays(1),
                    yearLabel(year) + " year to date at Q" + q);
        }
        if ((m = MONTH.matcher(c)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new ReportingPeriod(
                    Kind.MONTH,
                    c,
                    ym.atDay(1),
                    ym.atEndOfMonth(),
                    ym.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + ym.getYear());
        }
        if ((m = YEAR.matcher(c)).matches()) {
            int year = financialYear(m);
            return new ReportingPeriod(
                    Kind.FINANCIAL_YEAR, c, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), yearLabel(year));
        }
        if ((m = TERM.matcher(c)).matches()) {
            int year = financialYear(m);
            int t = Integer.parseInt(m.group(3));
            LocalDate start = LocalDate.of(year, 9, 1).plusMonths(TERMS[t - 1][0]);
            return new ReportingPeriod(
                    Kind.TERM,
                    c,
                    start,
                    start.plusMonths(TERMS[t - 1][1]).minusDays(1),
                    TERM_NAMES[t - 1].substring(0, 1).toUpperCase() + TERM_NAMES[t - 1].substring(1) + " term "
                            + yearLabel(year));
        }
        if ((m = HALF_TERM.matcher(c)).matches()) {
            int year = financialYear(m);
            int h = Integer.parseInt(m.group(3));
            LocalDate start = LocalDate.of(year, 9, 1).plusMonths(HALF_TERMS[h - 1][0]);
            return new ReportingPeriod(
                    Kind.HALF_TERM,
                    c,
                    start,
                    start.plusMonths(HALF_TERMS[h - 1][1]).minusDays(1),
                    "Half term " + h + " " + yearLabel(year));
        }
        if ((m = ACADEMIC_YEAR.matcher(c)).matches()) {
            int year = financialYear(m);
            return new ReportingPeriod(
                    Kind.ACADEMIC_YEAR,
                    c,
                    LocalDate.of(year, 9, 1),
                    LocalDate.of(year + 1, 8, 31),
                    "Academic year " + yearLabel(year));
        }
        throw new IllegalArgumentException("Not a reporting period: " + code);
    }

    /**
     * The period a person wrote, as its code or as pages name it: "2024-25 Q3", "April 2024" (or "Apr 2024"),
     * "2024-25", "2024-25 year to date at Q2", "Autumn term 2024-25", "Half term 1 2024-25", "Academic year 2024-25";
     * any case, spaces between words as they come. Empty when it names none.
     */
    public static Optional<ReportingPeriod> written(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Optional<ReportingPeriod> code = tryParse(t.toUpperCase(Locale.ROOT));
        if (code.isPresent()) {
            return code;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> w : WRITTEN.entrySet()) {
            Matcher m = w.getKey().matcher(lower);
            if (m.matches()) {
                String c = w.getValue();
                for (int g = 1; g <= m.groupCount(); g++) {
                    c = c.replace("$" + g, m.group(g));
                }
                return tryParse(c.replace("$T", String.valueOf(term(lower))));
            }
        }
        Matcher month = WRITTEN_MONTH.matcher(t);
        if (month.matches()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                for (Month mo : Month.values()) {
                    if (mo.getDisplayName(style, Locale.UK).equalsIgnoreCase(month.group(1))) {
                        return tryParse(String.format("M%s-%02d", month.group(2), mo.getValue()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Map<Pattern, String> WRITTEN = Map.of(
            Pattern.compile("(\\d{4}-\\d{2}) q([1-4])"), "$1-Q$2",
            Pattern.compile("(\\d{4}-\\d{2}) year to date at q([1-4])"), "$1-YTD-Q$2",
            Pattern.compile("academic year (\\d{4}-\\d{2})"), "AY$1",
            Pattern.compile("(?:autumn|spring|summer) term (\\d{4}-\\d{2})"), "AY$1-T$T",
            Pattern.compile("half term ([1-6]) (\\d{4}-\\d{2})"), "AY$2-HT$1");

    private static final Pattern WRITTEN_MONTH = Pattern.compile("([A-Za-z]+) (\\d{4})");

    private static int term(String lower) {
        for (int i = 0; i < TERM_NAMES.length; i++) {
            if (lower.startsWith(TERM_NAMES[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The period of the same kind that follows this one: Q4 is followed by the next year's Q1, T3 by T1. */
    public ReportingPeriod next() {
        return shift(1);
    }

    /** The period of the same kind before this one: Q1's previous is the last year's Q4. */
    public ReportingPeriod previous() {
        return shift(-1);
    }

    /** The same period a year earlier: 2019-20-Q2 gives 2018-19-Q2, February 2020 gives February 2019. */
    public ReportingPeriod yearEarlier() {
        if (kind == Kind.MONTH) {
            return parse("M" + YearMonth.from(start).minusYears(1));
        }
        return shiftYear(-1);
    }

    /**
     * The reporting year the period belongs to, as "2018-19": its financial year, or for school periods (academic
     * years, terms, half terms) its academic year. Targets and benchmarks are set per reporting year.
     */
    public String reportingYear() {
        return switch (kind) {
            case ACADEMIC_YEAR, TERM, HALF_TERM -> code.substring(2, 9);
            case MONTH -> quarterOf(start).code().substring(0, 7);
            default -> code.substring(0, 7);
        };
    }

    private ReportingPeriod shift(int n) {
        return switch (kind) {
            case MONTH -> parse("M" + YearMonth.from(start).plusMonths(n));
            case FINANCIAL_YEAR, ACADEMIC_YEAR -> shiftYear(n);
            case QUARTER, YEAR_TO_DATE -> shiftWithin(n, 4);
            case TERM -> shiftWithin(n, 3);
            case HALF_TERM -> shiftWithin(n, 6);
        };
    }

    /** Moves n steps through a year divided into {@code parts} numbered parts, carrying into the next year. */
    private ReportingPeriod shiftWithin(int n, int parts) {
        int part = Character.getNumericValue(code.charAt(code.length() - 1)) - 1;
        int index = startYear() * parts + part + n;
        int year = Math.floorDiv(index, parts);
        String prefix = code.substring(0, code.length() - 1);
        String yearPart = (kind == Kind.TERM || kind == Kind.HALF_TERM ? "AY" : "") + yearCode(year);
        String suffix = prefix.substring(prefix.indexOf(yearCode(startYear())) + 7);
        return parse(yearPart + suffix + (Math.floorMod(index, parts) + 1));
    }

    private ReportingPeriod shiftYear(int n) {
        String year = yearCode(startYear());
        return parse(code.replace(year, yearCode(startYear() + n)));
    }

    private int startYear() {
        return Integer.parseInt(code.startsWith("AY") ? code.substring(2, 6) : code.substring(0, 4));
    }

    /** The financial quarter containing a date. */
    public static ReportingPeriod quarterOf(LocalDate date) {
        int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int q = ((date.getMonthValue() + 8) % 12) / 3 + 1;
        return parse(yearCode(year) + "-Q" + q);
    }

    /** "2018-19" for the year starting in April 2018. */
    public static String yearCode(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    private static int financialYear(Matcher m) {
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("A year must run into the next, as in 2018-19");
        }
        return start;
    }

    private static String yearLabel(int year) {
        return yearCode(year);
    }
}
