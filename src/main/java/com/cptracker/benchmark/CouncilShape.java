package com.cptracker.benchmark;

import java.time.LocalDate;

/**
 * How much a synthetic council holds: its strategies, and in each the priorities, measures (quarterly, with a value
 * for every quarter of the strategy), actions with their progress updates, and the span in quarters.
 *
 * @param name        the size's name, also the first part of each strategy's slug
 * @param strategies  how many strategies, each of the same shape
 * @param priorities  priorities per strategy, each with three commitments
 * @param measures    measures per strategy (three general ones without a priority, the rest spread over priorities)
 * @param actions     actions per strategy, spread over the priorities
 * @param quarters    quarters each strategy spans; every one but the last is published, the last is open
 * @param updates     progress updates per action, spread over the published quarters, the last in the latest one
 * @param startYear   the financial year the strategies start in (April)
 */
public record CouncilShape(
        String name,
        int strategies,
        int priorities,
        int measures,
        int actions,
        int quarters,
        int updates,
        int startYear) {

    public CouncilShape {
        if (strategies < 1
                || priorities < 1
                || measures < 4
                || actions < priorities
                || quarters < 2
                || updates < 0
                || updates > quarters - 1) {
            throw new IllegalArgumentException("Not a council's shape: " + this);
        }
    }

    /** Ten times Cheshire East 2018-20 (87 actions with about four updates each, 56 measures, eight quarters). */
    public static CouncilShape tenTimesCheshireEast() {
        return new CouncilShape("ten-times", 1, 5, 560, 870, 8, 4, 2018);
    }

    /** A large council: 10 strategies over ten years, 1,000 measures with 40 quarters of values, 5,000 actions. */
    public static CouncilShape largeCouncil() {
        return new CouncilShape("large", 10, 5, 100, 500, 40, 8, 2015);
    }

    /** One strategy of the large council's shape. */
    public static CouncilShape largeCouncilStrategy() {
        return new CouncilShape("large", 1, 5, 100, 500, 40, 8, 2015);
    }

    public LocalDate startsOn() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate endsOn() {
        return startsOn().plusMonths(3L * quarters).minusDays(1);
    }

    /** The slug of the n-th strategy (from 1): "large-01-2015-25", or "large-2015-25" when there is only one. */
    public String slug(int n) {
        String years = startYear + "-" + String.format("%02d", endsOn().getYear() % 100);
        return strategies == 1 ? name + "-" + years : name + "-" + String.format("%02d", n) + "-" + years;
    }

    public long totalValues() {
        return (long) strategies * measures * quarters;
    }

    public long totalUpdates() {
        return (long) strategies * actions * updates;
    }
}
