package com.cptracker.status;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.ReportingPeriod.Kind;
import java.time.LocalDate;

/**
 * Which value of a measure belongs to a quarter. A measure reported monthly, termly, half-termly, annually or year to
 * date is shown in a quarter by the value for the latest period of its own kind that has ended by the quarter's last
 * day: the quarter's last month, the term or half term just ended, the last complete year, the year to date at the
 * quarter. A value older than that is out of date, and the measure has no data for the quarter.
 */
public final class PeriodRules {

    private PeriodRules() {}

    /** The period whose value is due for the quarter, for a measure whose values cover periods of {@code kind}. */
    public static ReportingPeriod expectedPeriod(ReportingPeriod quarter, Kind kind) {
        if (quarter.kind() != Kind.QUARTER) {
            throw new IllegalArgumentException("Expected a quarter, not " + quarter.code());
        }
        LocalDate end = quarter.end();
        ReportingPeriod candidate = switch (kind) {
            case QUARTER -> quarter;
            case YEAR_TO_DATE -> ReportingPeriod.parse(quarter.code().replace("-Q", "-YTD-Q"));
            case MONTH -> ReportingPeriod.parse(String.format("M%d-%02d", end.getYear(), end.getMonthValue()));
            case FINANCIAL_YEAR -> ReportingPeriod.parse(quarter.reportingYear());
            case ACADEMIC_YEAR, TERM, HALF_TERM -> lastOfAcademicYear(end, kind);
        };
        while (candidate.end().isAfter(end)) {
            candidate = candidate.previous();
        }
        return candidate;
    }

    /** The period of the frequency's kind to show for the quarter, given the kind of the measure's values. */
    public static ReportingPeriod expectedPeriod(ReportingPeriod quarter, Frequency frequency, Kind valuesKind) {
        Kind kind = valuesKind != null && frequency.accepts(valuesKind) ? valuesKind : frequency.defaultKind();
        return expectedPeriod(quarter, kind);
    }

    private static ReportingPeriod lastOfAcademicYear(LocalDate date, Kind kind) {
        int startYear = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        String year = "AY" + ReportingPeriod.yearCode(startYear);
        return ReportingPeriod.parse(
                switch (kind) {
                    case TERM -> year + "-T3";
                    case HALF_TERM -> year + "-HT6";
                    default -> year;
                });
    }
}
