package com.cptracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.cptracker.common.Figures.Figure;
import com.cptracker.common.Figures.Read;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** The one reading of a typed figure: what it accepts, what it refuses, and what it says when it refuses. */
class FiguresTest {

    static final Figure NUMBER = Figure.of("the figure for P2.1", "92.4 or 1,204", false);
    static final Figure PERCENTAGE = Figure.of("the figure for P1.2", "92.4 or 92.4%", true);
    static final Figure MARGIN = new Figure(
            "the margin", "Enter the margin as a number from 0 to 50, like 5 or 2.5", true, BigDecimal.valueOf(50), 2);

    @Test
    void readsFiguresAsPeopleTypeThem() {
        assertThat(NUMBER.read("92.4").number()).isEqualByComparingTo("92.4");
        assertThat(NUMBER.read("  1,204 ").number()).isEqualByComparingTo("1204");
        assertThat(NUMBER.read("1,234").number()).isEqualByComparingTo("1234");
        assertThat(NUMBER.read("12,345.5").number()).isEqualByComparingTo("12345.5");
        assertThat(NUMBER.read("1,234,567").number()).isEqualByComparingTo("1234567");
        assertThat(NUMBER.read("1000000000").number()).isEqualByComparingTo("1000000000");
        assertThat(NUMBER.read("1,000,000,000.0000").number()).isEqualByComparingTo("1000000000");
        assertThat(NUMBER.read("0").number()).isEqualByComparingTo("0");
        assertThat(NUMBER.read("007").number()).isEqualByComparingTo("7");
        assertThat(NUMBER.read("0.0001").number()).isEqualByComparingTo("0.0001");
        assertThat(PERCENTAGE.read("92.4%").number()).isEqualByComparingTo("92.4");
        assertThat(PERCENTAGE.read(" 92.4 % ").number()).isEqualByComparingTo("92.4");
        assertThat(PERCENTAGE.read("100%").number()).isEqualByComparingTo("100");
        assertThat(PERCENTAGE.read("0").number()).isEqualByComparingTo("0");
        assertThat(MARGIN.read("50%").number()).isEqualByComparingTo("50");
        assertThat(MARGIN.read("2.5").number()).isEqualByComparingTo("2.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void nothingTypedIsNeitherANumberNorAProblem(String typed) {
        assertThat(NUMBER.read(typed)).isEqualTo(new Read(null, null));
        assertThat(NUMBER.read(null)).isEqualTo(new Read(null, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,5",
                "5%0",
                "%12",
                "1,2,3,4",
                "1,23",
                "12,34",
                ",123",
                "1,234,56",
                "1234,567",
                "0,123",
                "1,234.",
                ".5",
                "5.",
                "1.2.3",
                "+5",
                "1e5",
                "0x10",
                "ninety",
                "1 234",
                "12%%",
                "- 5",
                "\u2212" + "5",
                "\u0661\u0662",
                "5\u00a0",
                "NaN",
                "Infinity",
                "12,345.5.5",
                "1,,234"
            })
    void refusesWhatIsNotAFigureAndSaysWhatOneLooksLike(String typed) {
        assertThat(NUMBER.read(typed))
                .isEqualTo(new Read(null, "Enter the figure for P2.1 as a number, like 92.4 or 1,204"));
        assertThat(PERCENTAGE.read(typed).number()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12%", "12 %", "1,204%"})
    void aPercentSignOnlyOnAPercentage(String typed) {
        assertThat(NUMBER.read(typed).problem())
                .isEqualTo("Enter the figure for P2.1 without a % sign: it is not a percentage");
    }

    @Test
    void refusesNegativeFigures() {
        assertThat(NUMBER.read("-5").problem()).isEqualTo("The figure for P2.1 must be 0 or more");
        assertThat(NUMBER.read("-1,204.5").problem()).isEqualTo("The figure for P2.1 must be 0 or more");
        assertThat(PERCENTAGE.read("-0.5%").problem()).isEqualTo("The figure for P1.2 must be 0 or more");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "999,999,999,999.9999",
                "1000000000.0001",
                "1,000,000,001",
                "99999999999",
                "00000000000000000000000000000000000000000099999999999",
                "12345678901234567890123456789012345678901234567890"
            })
    void aFigureTooLargeSaysSo(String typed) {
        assertThat(NUMBER.read(typed))
                .isEqualTo(new Read(null, "The figure for P2.1 is too large. It must be 1,000,000,000 or less"));
    }

    @Test
    void aPercentageIsFrom0To100() {
        assertThat(PERCENTAGE.read("100.0001").problem())
                .isEqualTo("The figure for P1.2 is too large. A percentage must be between 0 and 100");
        assertThat(PERCENTAGE.read("120%").problem()).contains("too large");
        assertThat(PERCENTAGE.read("1,234").problem()).contains("too large");
        assertThat(MARGIN.read("50.01").problem()).isEqualTo("The margin is too large. It must be 50 or less");
        assertThat(MARGIN.read("five%<b>").problem())
                .isEqualTo("Enter the margin as a number from 0 to 50, like 5 or 2.5");
    }

    @Test
    void noMoreDecimalPlacesThanAreKept() {
        assertThat(NUMBER.read("1.23456").problem())
                .isEqualTo("Enter the figure for P2.1 with no more than 4 decimal places");
        assertThat(MARGIN.read("2.505").problem()).isEqualTo("Enter the margin with no more than 2 decimal places");
        assertThat(NUMBER.read("1." + "0".repeat(5000)).problem()).contains("4 decimal places");
    }

    /** Every figure the columns can hold, typed plainly or with separators, reads back as itself. */
    @Test
    void everyFigureInRangeReadsBackAsItself() {
        Gen<BigDecimal> figures = longs().between(0, 1_000_000_000L * 10_000).map(n -> BigDecimal.valueOf(n, 4));
        qt().withExamples(3000).forAll(figures, arbitrary().pick(true, false)).checkAssert((n, grouped) -> {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
            f.setMaximumFractionDigits(4);
            f.setGroupingUsed(grouped);
            String typed = f.format(n);
            assertThat(NUMBER.read(typed).number()).as(typed).isEqualByComparingTo(n);
            if (n.compareTo(BigDecimal.valueOf(100)) <= 0) {
                assertThat(PERCENTAGE.read(typed + "%").number()).as(typed).isEqualByComparingTo(n);
            }
        });
    }

    /**
     * Whatever is typed, the reading never throws, and a figure it accepts is within its bounds, and its separators
     * were where they belong: the same figure written out with separators, less any % sign and spaces.
     */
    @Test
    void anythingTypedIsReadWithinBoundsOrRefused() {
        String keys = "0123456789,,,..%- ";
        Gen<String> typed = lists().of(integers().between(0, keys.length() - 1))
                .ofSizeBetween(0, 16)
                .map(l -> l.stream().map(i -> String.valueOf(keys.charAt(i))).collect(Collectors.joining()));
        qt().withExamples(20000)
                .forAll(typed, arbitrary().pick(NUMBER, PERCENTAGE, MARGIN))
                .checkAssert((t, f) -> {
                    Read read = f.read(t);
                    assertThat(read.number() == null).as(t).isEqualTo(read.problem() != null || t.isBlank());
                    if (read.number() != null) {
                        BigDecimal n = read.number();
                        assertThat(n.signum()).as(t).isNotNegative();
                        assertThat(n).as(t).isLessThanOrEqualTo(f.most());
                        assertThat(n.stripTrailingZeros().scale()).as(t).isLessThanOrEqualTo(f.decimals());
                        String body = t.strip().replaceFirst("\\s*%$", "");
                        assertThat(body).as(t).doesNotContain("%", " ", "-");
                        if (body.contains(",")) {
                            String whole = body.split("\\.")[0];
                            String regrouped = NumberFormat.getIntegerInstance(Locale.UK)
                                    .format(new BigInteger(whole.replace(",", "")));
                            assertThat(whole).as(t).isEqualTo(regrouped);
                        }
                    }
                });
    }
}
