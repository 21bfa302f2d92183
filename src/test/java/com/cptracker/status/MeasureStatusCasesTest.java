package com.cptracker.status;

import static com.cptracker.status.StatusFixtures.reading;
import static com.cptracker.status.StatusFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Hand-worked cases: each row of {@code status/measure-cases.csv} and {@code status/direction-cases.csv} gives the
 * inputs, the status expected by the product's rules, and the reason worked out by hand.
 */
class MeasureStatusCasesTest {

    @ParameterizedTest(name = "{0} {1} target={3} range={4}..{5} amber={6} value={7} owner={8} -> {9}: {10}")
    @CsvFileSource(resources = "/status/measure-cases.csv", numLinesToSkip = 1)
    void measureStatusMatchesTheHandWorkedCase(
            String id,
            Polarity polarity,
            boolean qualitative,
            BigDecimal target,
            BigDecimal low,
            BigDecimal high,
            BigDecimal amber,
            String value,
            Status owner,
            Status expected,
            String handReason) {
        assertThat(handReason).as("%s needs a reason worked out by hand", id).isNotBlank();
        Verdict verdict =
                MeasureRules.status(polarity, qualitative, target(target, low, high, amber), reading(value, owner));

        assertThat(verdict.status()).as("%s: %s", id, handReason).isEqualTo(expected);
        assertThat(verdict.reason())
                .as("%s: the engine explains its verdict", id)
                .isNotBlank();
        if (!qualitative && (expected == Status.RED || expected == Status.AMBER || expected == Status.GREEN)) {
            String plainValue = new BigDecimal(value).stripTrailingZeros().toPlainString();
            assertThat(verdict.reason())
                    .as("%s: the reason quotes the value", id)
                    .startsWith(plainValue + " ");
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} current={6} other={7} margin={8} -> {9}: {10}")
    @CsvFileSource(resources = "/status/direction-cases.csv", numLinesToSkip = 1)
    void directionAndBenchmarkMatchTheHandWorkedCase(
            String id,
            String check,
            Polarity polarity,
            BigDecimal target,
            BigDecimal low,
            BigDecimal high,
            String current,
            String other,
            String margin,
            String expected,
            String handReason) {
        assertThat(handReason).as("%s needs a reason worked out by hand", id).isNotBlank();
        switch (check) {
            case "DIRECTION" ->
                assertThat(DirectionRules.direction(
                                polarity, target(target, low, high, null), reading(current), reading(other)))
                        .as("%s: %s", id, handReason)
                        .isEqualTo(Direction.valueOf(expected));
            case "BENCHMARK" ->
                assertThat(BenchmarkRules.compare(
                                polarity,
                                reading(current),
                                other == null ? null : new BigDecimal(other),
                                margin(margin)))
                        .as("%s: %s", id, handReason)
                        .isEqualTo(Comparison.valueOf(expected));
            default -> throw new AssertionError(id + ": unknown check " + check);
        }
    }

    @Test
    void measureTableHasEnoughDistinctCasesCoveringEveryOutcome() throws IOException {
        List<String[]> rows = rows("/status/measure-cases.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ids(rows)).as("case ids are unique").hasSize(rows.size());
        Set<String> outcomes = rows.stream().map(r -> r[9]).collect(Collectors.toSet());
        assertThat(outcomes).contains("GREEN", "AMBER", "RED", "NO_DATA", "NOT_RATED");
        Set<String> polarities = rows.stream().map(r -> r[1]).collect(Collectors.toSet());
        assertThat(polarities)
                .containsExactlyInAnyOrder(
                        "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "TARGET_RANGE", "CONTEXT_ONLY", "OWNER_RATED");
        assertThat(rows)
                .anyMatch(r -> r[7].equals("suppressed"))
                .anyMatch(r -> r[7].isEmpty())
                .anyMatch(r -> r[2].equals("true") && !r[8].isEmpty())
                .anyMatch(r -> r[2].equals("true") && r[8].isEmpty());
    }

    @Test
    void directionTableHasEnoughDistinctCases() throws IOException {
        List<String[]> rows = rows("/status/direction-cases.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        assertThat(ids(rows)).hasSize(rows.size());
        assertThat(rows).anyMatch(r -> r[1].equals("DIRECTION")).anyMatch(r -> r[1].equals("BENCHMARK"));
        assertThat(rows)
                .as("benchmark margins both in points and as a percentage")
                .anyMatch(r -> r[1].equals("BENCHMARK") && r[8].endsWith("pp"))
                .anyMatch(r -> r[1].equals("BENCHMARK") && !r[8].endsWith("pp"));
    }

    private static Set<String> ids(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).collect(Collectors.toCollection(HashSet::new));
    }

    /** The data rows, split on the first ten commas (the reason, last, may hold commas). */
    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = MeasureStatusCasesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",", 11))
                    .toList();
        }
    }

    /** A margin as the cases write it: "5" is 5% of the benchmark, "2pp" 2 in the measure's own units (points). */
    private static SimilarMargin margin(String written) {
        return written.endsWith("pp")
                ? SimilarMargin.points(written.substring(0, written.length() - 2))
                : SimilarMargin.percent(written);
    }
}
