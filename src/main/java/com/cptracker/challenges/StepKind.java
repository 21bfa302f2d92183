package com.cptracker.challenges;

/** One step in a challenge's history. */
public enum StepKind {
    RAISED("Raised"),
    ANSWERED("Answered"),
    FOLLOWED_UP("Followed up"),
    CLOSED("Marked answered");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
