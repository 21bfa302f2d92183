package com.cptracker.challenges;

/** Where a challenge stands, in the words its pages use. */
public enum ChallengeState {
    AWAITING_ANSWER("Awaiting an answer"),
    ANSWERED("Answered: for the member to accept or follow up"),
    CLOSED("Marked answered");

    private final String label;

    ChallengeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet marked answered by the member who raised it. */
    public boolean open() {
        return this != CLOSED;
    }
}
