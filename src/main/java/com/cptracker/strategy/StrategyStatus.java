package com.cptracker.strategy;

/** A strategy being drafted, the one in force, or kept for history. */
public enum StrategyStatus {
    DRAFT,
    CURRENT,
    ARCHIVED
}
