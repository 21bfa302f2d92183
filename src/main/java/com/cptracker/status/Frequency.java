package com.cptracker.status;

import com.cptracker.common.ReportingPeriod.Kind;

/** How often a measure is reported. */
public enum Frequency {
    MONTHLY("Monthly", Kind.MONTH),
    QUARTERLY("Quarterly", Kind.QUARTER),
    TERMLY("Termly", Kind.TERM),
    HALF_TERMLY("Half-termly", Kind.HALF_TERM),
    ANNUAL("Annual", Kind.FINANCIAL_YEAR),
    YEAR_TO_DATE("Year to date", Kind.YEAR_TO_DATE);

    private final String label;
    private final Kind kind;

    Frequency(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The kind of period a value of this frequency covers; annual measures may also run by academic year. */
    public Kind defaultKind() {
        return kind;
    }

    public boolean accepts(Kind periodKind) {
        return periodKind == kind || (this == ANNUAL && periodKind == Kind.ACADEMIC_YEAR);
    }

    public String label() {
        return label;
    }
}
