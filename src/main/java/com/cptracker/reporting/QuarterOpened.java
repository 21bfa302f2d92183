package com.cptracker.reporting;

/**
 * A quarter was opened for updates (or opened again after closing). Published in the transaction that opens it; a
 * listener that acts only once it is committed (the reminders that it is open) listens after the commit.
 *
 * @param strategyId the strategy
 * @param periodCode the quarter, such as 2019-20-Q4
 */
public record QuarterOpened(long strategyId, String periodCode) {}
