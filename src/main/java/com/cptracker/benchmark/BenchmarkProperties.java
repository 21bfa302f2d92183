package com.cptracker.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cptracker.benchmark.size}: the data the benchmark runs on. {@code demo} (the default) is the demo data alone;
 * {@code x10} adds one strategy ten times Cheshire East; {@code large} adds a large council of ten strategies.
 */
@ConfigurationProperties("cptracker.benchmark")
record BenchmarkProperties(Size size) {

    enum Size { DEMO, X10, LARGE }

    BenchmarkProperties {
        size = size == null ? Size.DEMO : size;
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
