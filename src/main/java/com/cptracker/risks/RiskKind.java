package com.cptracker.risks;

/** Whether an item of the log is an issue (happening now) or a risk (that might happen). */
public enum RiskKind {
    ISSUE("Issue"),
    RISK("Risk");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
