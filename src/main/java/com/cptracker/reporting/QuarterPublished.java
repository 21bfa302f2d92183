package com.cptracker.reporting;

/**
 * A quarter was published to the board, or a published quarter was corrected. Published in the transaction that
 * publishes it, so that what the board's pages keep of the quarter is recorded with it, or not at all.
 *
 * @param strategyId the strategy
 * @param periodCode the quarter, such as 2018-19-Q2
 * @param reason     null when first published; the administrator's reason when a correction is published
 */
public record QuarterPublished(long strategyId, String periodCode, String reason) {

    public boolean correction() {
        return reason != null;
    }
}
