package com.cptracker.status;

/** The lead's own assessment in a progress update. */
public enum Assessment {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track"),
    COMPLETE("Complete");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
