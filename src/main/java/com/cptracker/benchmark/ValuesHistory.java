package com.cptracker.benchmark;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import java.util.List;

/**
 * A history of values to import, as a CSV file in the values template's columns: {@code count} values spread over
 * the measures in turn, each measure's periods following one another from the financial year starting in April of
 * {@code fromYear} by its frequency (months for a monthly measure, quarters, years...), each period written as the
 * scorecard names it. Every row has a comment, so that a red or amber figure reads; a qualitative measure is rated
 * green. For the benchmark's import of ten thousand values, and the test that they import correctly.
 */
public final class ValuesHistory {

    private ValuesHistory() {}

    public static String csv(List<MeasureSummary> measures, int fromYear, int count) {
        StringBuilder csv = new StringBuilder("Ref,Measure,Period,Value,Status,Comment\n");
        for (int i = 0; i < count; i++) {
            MeasureSummary m = measures.get(i % measures.size());
            ReportingPeriod period = first(m.frequency(), fromYear);
            for (int k = i / measures.size(); k > 0; k--) {
                period = period.next();
            }
            boolean qualitative = m.unit() == MeasureUnit.QUALITATIVE;
            csv.append(m.ref())
                    .append(",\"")
                    .append(m.title().replace("\"", "\"\""))
                    .append("\",")
                    .append(period.label())
                    .append(',')
                    .append(qualitative ? "" : m.unit() == MeasureUnit.PERCENTAGE ? 40 + i % 50 : 1 + i % 100)
                    .append(',')
                    .append(qualitative ? "Green" : "")
                    .append(",Imported history\n");
        }
        return csv.toString();
    }

    /** The first period of a frequency in the year from April of {@code year}. */
    static ReportingPeriod first(Frequency f, int year) {
        String y = ReportingPeriod.yearCode(year);
        return ReportingPeriod.parse(
                switch (f) {
                    case MONTHLY -> "M" + year + "-04";
                    case QUARTERLY -> y + "-Q1";
                    case TERMLY -> "AY" + y + "-T1";
                    case HALF_TERMLY -> "AY" + y + "-HT1";
                    case ANNUAL -> y;
                    case YEAR_TO_DATE -> y + "-YTD-Q1";
                });
    }
}
