package com.cptracker.status;

/** Which way a measure moved since an earlier period; for context-only measures, without a judgement. */
public enum Direction {
    IMPROVING("Improving", "▲"),
    WORSENING("Worsening", "▼"),
    NO_CHANGE("No change", "▶"),
    INCREASING("Increasing", "↑"),
    DECREASING("Decreasing", "↓"),
    NONE("No comparison", "–");

    private final String label;
    private final String symbol;

    Direction(String label, String symbol) {
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
