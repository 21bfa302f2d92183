package com.cptracker.risks;

/** Whether an issue or risk is still being managed. */
public enum RiskState {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    RiskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
