package com.cptracker.measures;

/** How often a measure is reported. */
public enum Frequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    TERMLY("Termly"),
    HALF_TERMLY("Half-termly"),
    ANNUAL("Annual"),
    YEAR_TO_DATE("Year to date");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
