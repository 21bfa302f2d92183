package com.cptracker.measures;

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
}
