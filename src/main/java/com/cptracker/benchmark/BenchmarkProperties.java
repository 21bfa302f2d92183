package com.cptracker.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.benchmark}: the data the benchmark ({@code bench/run}, the {@code benchmark} profile) runs on.
 *
 * @param size Data the benchmark runs on: demo is the demo data alone; x10 adds one strategy ten times Cheshire East;
 *     large adds a large council of ten strategies, 1,000 measures and 5,000 actions.
 */
@ConfigurationProperties("cptracker.benchmark")
record BenchmarkProperties(@DefaultValue("demo") Size size) {

    enum Size {
        DEMO,
        X10,
        LARGE
    }

    /** The council generated beside the demo data, or null for none. */
    CouncilShape shape() {
        return switch (size) {
            case DEMO -> null;
            case X10 -> CouncilShape.tenTimesCheshireEast();
            case LARGE -> CouncilShape.largeCouncil();
        };
    }
}
