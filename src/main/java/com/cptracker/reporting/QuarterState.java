package com.cptracker.reporting;

/** Where a reporting quarter is in its life. A quarter with no record has not been opened. */
public enum QuarterState {
    NOT_OPENED("Not opened"),
    OPEN("Open for updates"),
    CLOSED("Closed"),
    PUBLISHED("Published");

    private final String label;

    QuarterState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
