package com.cptracker.support;

import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.time.LocalDate;

/** A strategy's quarters moved on as an administrator would, each step with the quarter's current version. */
public record QuarterSteps(QuarterService quarters, StrategySummary strategy) {

    public QuarterStatus quarter(String code) {
        return quarters.statuses(strategy.id(), strategy.quarters()).stream()
                .filter(q -> q.quarter().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Opens the quarter for updates, due in 30 days. */
    public void open(String code) {
        quarters.open(
                strategy.id(), code, LocalDate.now().plusDays(30), quarter(code).version());
    }

    /** Closes the open quarter and publishes it. */
    public void publish(String code) {
        quarters.close(strategy.id(), code, quarter(code).version());
        quarters.publish(strategy.id(), code, quarter(code).version());
    }
}
