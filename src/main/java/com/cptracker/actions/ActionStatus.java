package com.cptracker.actions;

/** An action's standing in the plan. Cancelled and superseded actions leave the counts but keep their history. */
public enum ActionStatus {
    ACTIVE,
    COMPLETE,
    CANCELLED,
    SUPERSEDED
}
