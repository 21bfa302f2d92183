package com.cptracker.strategy;

import java.time.LocalDate;

/**
 * A strategy's last day changed: actions due "by the end of the strategy" are due by the new day, in the same
 * transaction.
 */
public record StrategyEndMoved(long strategyId, LocalDate endsOn) {}
