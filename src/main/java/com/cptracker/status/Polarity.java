package com.cptracker.status;

/** Which way is better for a measure; context-only measures are never rated. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    TARGET_RANGE("Within a range"),
    CONTEXT_ONLY("Context only");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
