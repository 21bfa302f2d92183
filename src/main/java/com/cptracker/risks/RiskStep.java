package com.cptracker.risks;

/** A step taken on an issue or risk, each kept as an entry of its history. */
public enum RiskStep {
    RAISED("Raised"),
    CHANGED("Changed"),
    REVIEWED("Reviewed"),
    CLOSED("Closed"),
    REOPENED("Reopened");

    private final String label;

    RiskStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
