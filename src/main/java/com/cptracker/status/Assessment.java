package com.cptracker.status;

/** The lead's own assessment in a progress update. */
public enum Assessment {
    ON_TRACK("On track", Status.GREEN),
    AT_RISK("At risk", Status.AMBER),
    OFF_TRACK("Off track", Status.RED),
    COMPLETE("Complete", Status.COMPLETE);

    private final String label;
    private final Status status;

    Assessment(String label, Status status) {
        this.label = label;
        this.status = status;
    }

    /** The status that shows this assessment, with its word and symbol, where the lead's own word is the status. */
    public Status status() {
        return status;
    }

    public String label() {
        return label;
    }
}
