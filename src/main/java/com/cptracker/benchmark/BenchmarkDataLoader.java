package com.cptracker.benchmark;

import com.cptracker.benchmark.CouncilGenerator.GeneratedStrategy;
import com.cptracker.strategy.StrategyService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Generates the council of {@code cptracker.benchmark.size} once the application is ready, that is after the demo data
 * and its accounts are loaded (the demo loader loads only into an empty database). Logs "Benchmark data ready" when
 * done, with the time the load took: bench/run waits for that line before measuring.
 */
@Component
@Profile("benchmark")
class BenchmarkDataLoader {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkDataLoader.class);

    private final BenchmarkProperties properties;
    private final CouncilGenerator generator;
    private final StrategyService strategies;

    BenchmarkDataLoader(BenchmarkProperties properties, CouncilGenerator generator, StrategyService strategies) {
        this.properties = properties;
        this.generator = generator;
        this.strategies = strategies;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        CouncilShape shape = properties.shape();
        if (shape == null) {
            log.info("Benchmark data ready: size demo, nothing generated (load 0.0 s)");
            return;
        }
        if (strategies.strategies().stream().anyMatch(s -> s.slug().equals(shape.slug(1)))) {
            log.info("Benchmark data ready: size {}, already in the database (load 0.0 s)", properties.size());
            return;
        }
        long start = System.nanoTime();
        List<GeneratedStrategy> generated = generator.generate(shape);
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info(
                "Benchmark data ready: size {}, {} strategies ({} to {}, latest published {}), {} measures with {} "
                        + "values, {} actions with {} updates (load {} s)",
                properties.size(),
                generated.size(),
                generated.getFirst().slug(),
                generated.getLast().slug(),
                generated.getFirst().latestPublished(),
                shape.strategies() * shape.measures(),
                shape.totalValues(),
                shape.strategies() * shape.actions(),
                shape.totalUpdates(),
                String.format("%.1f", seconds));
    }
}
