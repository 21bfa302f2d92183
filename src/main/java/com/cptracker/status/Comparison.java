package com.cptracker.status;

/** How the council's value compares with a benchmark; shown beside the target status, never instead of it. */
public enum Comparison {
    BETTER("Better", "▲"),
    SIMILAR("Similar", "≈"),
    WORSE("Worse", "▼"),
    ABOVE("Above", "↑"),
    BELOW("Below", "↓"),
    NONE("No benchmark", "–");

    private final String label;
    private final String symbol;

    Comparison(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }
}
