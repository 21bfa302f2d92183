package com.cptracker.strategy;

/** What a statement under a priority is: a commitment ("We will..."), an outcome statement, or an objective. */
public enum StatementKind {
    COMMITMENT("Commitment"),
    OUTCOME_STATEMENT("Outcome statement"),
    OBJECTIVE("Objective");

    private final String label;

    StatementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
