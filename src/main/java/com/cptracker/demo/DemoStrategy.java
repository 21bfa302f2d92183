package com.cptracker.demo;

import com.cptracker.governance.BodyKind;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shape of a strategy file under {@code resources/demo}: a whole strategy document as data. */
record DemoStrategy(
        String slug,
        String title,
        String subtitle,
        String council,
        LocalDate startsOn,
        LocalDate endsOn,
        StrategyStatus status,
        String vision,
        String contact,
        List<Section> sections,
        List<Partner> partners,
        List<Body> governance,
        List<Priority> priorities,
        List<Measure> measures,
        List<Promise> promises) {

    record Section(String heading, String body) {}

    record Partner(String key, String name) {}

    record Body(
            String key,
            String name,
            BodyKind kind,
            String description,
            String reportsTo,
            String chair,
            String membership) {}

    record Priority(
            String label,
            int number,
            String title,
            String statement,
            String vision,
            String challenge,
            String leadTitle,
            String workstream,
            List<String> partners,
            List<Statement> statements,
            List<Action> actions) {}

    record Statement(String key, StatementKind kind, String text) {}

    record Action(
            String ref,
            String text,
            String statement,
            String due,
            List<String> leads,
            List<String> partners,
            String successMeasure) {}

    record Measure(
            String ref,
            String title,
            String definition,
            Integer priority,
            String statement,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String ownerTitle,
            String cypPlanPriority,
            String corporatePriority,
            boolean demo,
            List<Target> targets,
            List<Benchmark> benchmarks,
            List<Value> values) {}

    record Target(
            String year, BigDecimal target, BigDecimal targetLow, BigDecimal targetHigh, BigDecimal amberThreshold) {}

    record Benchmark(String year, BigDecimal statNeighbour, BigDecimal national) {}

    /** A value: a figure, words, or {@code suppressed} (a small number withheld, shown as c, confidential). */
    record Value(String period, BigDecimal value, boolean suppressed, String text, String note) {

        Mark mark() {
            return suppressed ? Mark.CONFIDENTIAL : null;
        }
    }

    record Promise(String text, List<String> actions, List<String> measures) {}
}
