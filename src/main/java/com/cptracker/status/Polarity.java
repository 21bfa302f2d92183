package com.cptracker.status;

/**
 * Which way is better for a measure; context-only measures are never rated. A qualitative measure is never asked which
 * way is better: it is rated by its owner, or shown for context only.
 */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    TARGET_RANGE("Within a range"),
    CONTEXT_ONLY("Context only"),
    OWNER_RATED("Rated by its owner");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
