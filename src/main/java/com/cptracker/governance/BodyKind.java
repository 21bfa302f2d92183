package com.cptracker.governance;

/** The kinds of group in a corporate parenting governance chart. */
public enum BodyKind {
    BOARD("Board"),
    COMMITTEE("Committee"),
    STRATEGY_GROUP("Strategy group"),
    WORKSTREAM("Workstream group"),
    CHILDREN_IN_CARE_COUNCIL("Children in care council"),
    SCRUTINY("Scrutiny"),
    PARTNERSHIP("Partnership"),
    CABINET("Cabinet");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
