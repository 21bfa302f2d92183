package com.cptracker.benchmark;

import com.cptracker.measures.MeasureService;
import com.cptracker.strategy.StrategyService;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The file {@code bench/run} imports to time an import of many values ({@link ValuesHistory}): a strategy's active
 * measures, {@code count} values from April of {@code from} on (2040 unless given: no benchmark council has a value or
 * a published quarter then). Only under the {@code benchmark} profile.
 */
@Controller
@Profile("benchmark")
class ValuesHistoryController {

    private static final int MOST = 200_000;

    private final StrategyService strategies;
    private final MeasureService measures;

    ValuesHistoryController(StrategyService strategies, MeasureService measures) {
        this.strategies = strategies;
        this.measures = measures;
    }

    @GetMapping("/benchmark/values-history.csv")
    ResponseEntity<byte[]> history(
            @RequestParam String slug,
            @RequestParam(defaultValue = "10000") int count,
            @RequestParam(defaultValue = "2040") int from) {
        if (count < 1 || count > MOST || from < 2000 || from > 2500) {
            throw new AccessDeniedException("count from 1 to 200,000, from a year from 2000 to 2500");
        }
        var all = measures.activeMeasuresOfStrategy(strategies.bySlug(slug).id());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ValuesHistory.csv(all, from, count).getBytes(StandardCharsets.UTF_8));
    }
}
