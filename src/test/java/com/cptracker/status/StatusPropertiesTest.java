package com.cptracker.status;

import static com.cptracker.status.StatusFixtures.rank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.ReportingPeriod.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the rules over many generated inputs. Figures are whole hundredths (scaled integers), so there is no
 * floating point error; thresholds and offsets are small so that values often land exactly on a boundary.
 */
class StatusPropertiesTest {

    private static final int EXAMPLES = 3000;

    /** n hundredths, for n between min and max. */
    private static Gen<BigDecimal> hundredths(int min, int max) {
        return integers().between(min, max).map(n -> BigDecimal.valueOf(n, 2));
    }

    private static final Gen<BigDecimal> TARGETS = hundredths(-50_000, 50_000);
    private static final Gen<BigDecimal> THRESHOLDS = hundredths(0, 60);
    private static final Gen<BigDecimal> OFFSETS = hundredths(-100, 100);
    private static final Gen<Polarity> HIGHER_OR_LOWER =
            arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);

    private static Status measure(Polarity p, Target target, BigDecimal value) {
        return MeasureRules.status(p, false, target, new Reading(value, null, null))
                .status();
    }

    private static Polarity swap(Polarity p) {
        return p == Polarity.HIGHER_IS_BETTER ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    }

    @Test
    void mirroringPolarityValueAndTargetGivesTheSameStatus() {
        qt().withExamples(EXAMPLES)
                .forAll(HIGHER_OR_LOWER, TARGETS, THRESHOLDS, OFFSETS)
                .checkAssert((p, t, a, offset) -> {
                    BigDecimal v = t.add(offset);
                    assertThat(measure(swap(p), new Target(t.negate(), null, null, a), v.negate()))
                            .isEqualTo(measure(p, new Target(t, null, null, a), v));
                });
    }

    @Test
    void raisingAHigherIsBetterValueNeverMakesItWorse() {
        qt().withExamples(EXAMPLES)
                .forAll(TARGETS, THRESHOLDS, OFFSETS, hundredths(0, 200))
                .checkAssert((t, a, offset, rise) -> {
                    Target target = new Target(t, null, null, a);
                    BigDecimal v = t.add(offset);
                    assertThat(rank(measure(Polarity.HIGHER_IS_BETTER, target, v.add(rise))))
                            .isGreaterThanOrEqualTo(rank(measure(Polarity.HIGHER_IS_BETTER, target, v)));
                    assertThat(rank(measure(Polarity.LOWER_IS_BETTER, target, v.subtract(rise))))
                            .isGreaterThanOrEqualTo(rank(measure(Polarity.LOWER_IS_BETTER, target, v)));
                });
    }

    @Test
    void greenExactlyWhenTheValueMeetsTheTargetAmberExactlyWithinTheThreshold() {
        qt().withExamples(EXAMPLES)
                .forAll(HIGHER_OR_LOWER, TARGETS, THRESHOLDS, OFFSETS)
                .checkAssert((p, t, a, offset) -> {
                    BigDecimal v = t.add(offset);
                    boolean higher = p == Polarity.HIGHER_IS_BETTER;
                    boolean meets = higher ? v.compareTo(t) >= 0 : v.compareTo(t) <= 0;
                    boolean withinThreshold = v.subtract(t).abs().compareTo(a) <= 0;
                    Status expected = meets ? Status.GREEN : withinThreshold ? Status.AMBER : Status.RED;
                    assertThat(measure(p, new Target(t, null, null, a), v)).isEqualTo(expected);
                });
    }

    @Test
    void aRangeStatusIsSymmetricAboutTheMidpointAndGreenExactlyInside() {
        qt().withExamples(EXAMPLES)
                .forAll(TARGETS, hundredths(0, 300), THRESHOLDS, hundredths(-150, 450))
                .checkAssert((low, width, a, offset) -> {
                    BigDecimal high = low.add(width);
                    Target range = new Target(null, low, high, a);
                    BigDecimal v = low.add(offset);
                    BigDecimal mirrored = low.add(high).subtract(v);
                    Status status = measure(Polarity.TARGET_RANGE, range, v);
                    assertThat(measure(Polarity.TARGET_RANGE, range, mirrored)).isEqualTo(status);
                    boolean inside = v.compareTo(low) >= 0 && v.compareTo(high) <= 0;
                    assertThat(status == Status.GREEN).isEqualTo(inside);
                });
    }

    @Test
    void swappingPolarityFlipsImprovingAndWorsening() {
        qt().withExamples(EXAMPLES).forAll(TARGETS, OFFSETS).checkAssert((before, change) -> {
            Reading earlier = new Reading(before, null, null);
            Reading current = new Reading(before.add(change), null, null);
            Direction higher = DirectionRules.direction(Polarity.HIGHER_IS_BETTER, null, current, earlier);
            Direction lower = DirectionRules.direction(Polarity.LOWER_IS_BETTER, null, current, earlier);
            Direction context = DirectionRules.direction(Polarity.CONTEXT_ONLY, null, current, earlier);
            Direction flipped = switch (higher) {
                case IMPROVING -> Direction.WORSENING;
                case WORSENING -> Direction.IMPROVING;
                default -> higher;
            };
            assertThat(lower).isEqualTo(flipped);
            assertThat(higher)
                    .isEqualTo(
                            change.signum() > 0
                                    ? Direction.IMPROVING
                                    : change.signum() < 0 ? Direction.WORSENING : Direction.NO_CHANGE);
            assertThat(context)
                    .isEqualTo(
                            change.signum() > 0
                                    ? Direction.INCREASING
                                    : change.signum() < 0 ? Direction.DECREASING : Direction.NO_CHANGE);
        });
    }

    private static final Gen<List<Status>> ITEMS =
            lists().of(arbitrary().enumValues(Status.class)).ofSizeBetween(0, 25);

    @Test
    void worstOfIsTheWorstRatedItemAndNeverBetterThanMajority() {
        qt().withExamples(EXAMPLES).forAll(ITEMS).checkAssert(items -> {
            Status worst =
                    RollUp.overall(RollUpRule.WORST_OF, RollUp.count(items)).status();
            Status majority =
                    RollUp.overall(RollUpRule.MAJORITY, RollUp.count(items)).status();
            if (items.stream().noneMatch(Status::isRated)) {
                assertThat(worst).isEqualTo(Status.NOT_RATED);
                assertThat(majority).isEqualTo(Status.NOT_RATED);
            } else {
                int lowest = items.stream()
                        .filter(Status::isRated)
                        .mapToInt(StatusFixtures::rank)
                        .min()
                        .orElseThrow();
                assertThat(rank(worst)).isEqualTo(lowest);
                assertThat(rank(worst)).isLessThanOrEqualTo(rank(majority));
            }
        });
    }

    @Test
    void addingAGreenItemNeverMakesProportionGreenWorse() {
        qt().withExamples(EXAMPLES)
                .forAll(ITEMS, arbitrary().pick(Status.GREEN, Status.COMPLETE))
                .checkAssert((items, added) -> {
                    Status before = RollUp.overall(RollUpRule.PROPORTION_GREEN, RollUp.count(items))
                            .status();
                    List<Status> more = new ArrayList<>(items);
                    more.add(added);
                    Status after = RollUp.overall(RollUpRule.PROPORTION_GREEN, RollUp.count(more))
                            .status();
                    if (before == Status.NOT_RATED) {
                        assertThat(after).isEqualTo(Status.GREEN);
                    } else {
                        assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
                    }
                });
    }

    /** Periods of every kind from 1900 to 2199, financial years included whatever their code looks like. */
    private static final Gen<ReportingPeriod> PERIODS = arbitrary()
            .enumValues(Kind.class)
            .zip(integers().between(1900, 2199), integers().between(0, 59), StatusPropertiesTest::period);

    private static ReportingPeriod period(Kind kind, int year, int part) {
        String y = ReportingPeriod.yearCode(year);
        return ReportingPeriod.parse(
                switch (kind) {
                    case QUARTER -> y + "-Q" + (part % 4 + 1);
                    case YEAR_TO_DATE -> y + "-YTD-Q" + (part % 4 + 1);
                    case FINANCIAL_YEAR -> ReportingPeriod.yearCode(year);
                    case MONTH -> String.format("M%d-%02d", year, part % 12 + 1);
                    case ACADEMIC_YEAR -> "AY" + y;
                    case TERM -> "AY" + y + "-T" + (part % 3 + 1);
                    case HALF_TERM -> "AY" + y + "-HT" + (part % 6 + 1);
                });
    }

    @Test
    void nextThenPreviousIsTheSamePeriodForEveryKind() {
        qt().withExamples(EXAMPLES).forAll(PERIODS).checkAssert(p -> {
            assertThat(p.next().previous()).isEqualTo(p);
            assertThat(p.previous().next()).isEqualTo(p);
            assertThat(ReportingPeriod.parse(p.next().previous().code())).isEqualTo(p);
            assertThat(p.next().kind()).isEqualTo(p.kind());
            assertThat(p.previous().kind()).isEqualTo(p.kind());
            assertThat(p.yearEarlier().kind()).isEqualTo(p.kind());
            assertThat(p.yearEarlier().start()).isEqualTo(p.start().minusYears(1));
            if (p.kind() == Kind.YEAR_TO_DATE) {
                assertThat(p.next().start()).isIn(p.start(), p.start().plusYears(1));
            } else {
                assertThat(p.next().start()).isEqualTo(p.end().plusDays(1));
            }
        });
    }

    @Test
    void theExpectedPeriodHasEndedByTheQuartersEndAndTheOneAfterHasNot() {
        Gen<ReportingPeriod> quarters = integers()
                .between(1900, 2150)
                .zip(
                        integers().between(1, 4),
                        (year, q) -> ReportingPeriod.parse(ReportingPeriod.yearCode(year) + "-Q" + q));
        qt().withExamples(EXAMPLES)
                .forAll(quarters, arbitrary().enumValues(Kind.class))
                .assuming((q, kind) -> kind != Kind.FINANCIAL_YEAR
                        || Math.floorMod(q.start().getYear(), 100) >= 13
                                && Math.floorMod(q.start().getYear(), 100) <= 98)
                .checkAssert((q, kind) -> {
                    ReportingPeriod expected = PeriodRules.expectedPeriod(q, kind);
                    assertThat(expected.kind()).isEqualTo(kind);
                    assertThat(expected.end()).isBeforeOrEqualTo(q.end());
                    assertThat(expected.next().end()).isAfter(q.end());
                });
    }

    @Test
    void everyFrequencyGivesAPeriodOfItsOwnKind() {
        Gen<ReportingPeriod> quarters = integers()
                .between(2013, 2098)
                .zip(
                        integers().between(1, 4),
                        (year, q) -> ReportingPeriod.parse(ReportingPeriod.yearCode(year) + "-Q" + q));
        qt().withExamples(EXAMPLES)
                .forAll(quarters, arbitrary().enumValues(Frequency.class))
                .checkAssert((q, frequency) -> {
                    ReportingPeriod expected = PeriodRules.expectedPeriod(q, frequency, null);
                    assertThat(expected.kind()).isEqualTo(frequency.defaultKind());
                    assertThat(frequency.accepts(expected.kind())).isTrue();
                    assertThat(expected.end()).isBeforeOrEqualTo(q.end());
                });
    }
}
