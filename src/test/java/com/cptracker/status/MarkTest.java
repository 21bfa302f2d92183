package com.cptracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The marks' symbols, meanings and reading, and the rules for a strategy's own small-number mark. */
class MarkTest {

    @Test
    void eachMarkHasItsSymbolAndAMeaning() {
        assertThat(Mark.CONFIDENTIAL.symbol("low")).isEqualTo("c");
        assertThat(Mark.NOT_AVAILABLE.symbol("low")).isEqualTo("x");
        assertThat(Mark.NOT_APPLICABLE.symbol("low")).isEqualTo("z");
        assertThat(Mark.SMALL_NUMBER.symbol("low")).isEqualTo("low");
        assertThat(Mark.SMALL_NUMBER.symbol(null)).as("the default").isEqualTo("*");
        for (Mark m : Mark.values()) {
            assertThat(m.meaning()).isNotBlank();
        }
        assertThat(Mark.accepted("low")).isEqualTo("c, x, z or low");
    }

    @Test
    void aMarkIsReadWhateverItsCaseAndTheSpacesAroundIt() {
        assertThat(Mark.read("c", "*")).contains(Mark.CONFIDENTIAL);
        assertThat(Mark.read(" C ", "*")).contains(Mark.CONFIDENTIAL);
        assertThat(Mark.read("X", "*")).contains(Mark.NOT_AVAILABLE);
        assertThat(Mark.read("\tz\n", "*")).contains(Mark.NOT_APPLICABLE);
        assertThat(Mark.read("*", "*")).contains(Mark.SMALL_NUMBER);
        assertThat(Mark.read(" LOW ", "low")).contains(Mark.SMALL_NUMBER);
        assertThat(Mark.read("*", null)).as("the default small-number mark").contains(Mark.SMALL_NUMBER);
    }

    @Test
    void anotherStrategysMarkOrAnythingElseIsNoMark() {
        assertThat(Mark.read("low", "*")).as("another strategy's mark").isEqualTo(Optional.empty());
        assertThat(Mark.read("*", "low"))
                .as("the default, where the strategy chose its own")
                .isEmpty();
        assertThat(Mark.read("", "*")).isEmpty();
        assertThat(Mark.read(null, "*")).isEmpty();
        assertThat(Mark.read("0", "*")).isEmpty();
        assertThat(Mark.read("cx", "*")).isEmpty();
        assertThat(Mark.read("suppressed", "*")).isEmpty();
    }

    @Test
    void aStrategysSmallNumberMarkIsOneToFiveCharactersNotANumberAndNotCXOrZ() {
        assertThat(Mark.problemWithSmallNumberMark("*")).isNull();
        assertThat(Mark.problemWithSmallNumberMark("low")).isNull();
        assertThat(Mark.problemWithSmallNumberMark("<5"))
                .as("a sign with a digit is not a number")
                .isNull();
        assertThat(Mark.problemWithSmallNumberMark("")).contains("Enter the small-number mark");
        assertThat(Mark.problemWithSmallNumberMark("  ")).contains("Enter the small-number mark");
        assertThat(Mark.problemWithSmallNumberMark("tiny!")).isNull();
        assertThat(Mark.problemWithSmallNumberMark("toolong")).contains("5 characters or fewer");
        for (String number : new String[] {"5", "0.5", "1,000", "-3", "5%"}) {
            assertThat(Mark.problemWithSmallNumberMark(number)).as(number).contains("must not be a number");
        }
        for (String taken : new String[] {"c", "X", " z "}) {
            assertThat(Mark.problemWithSmallNumberMark(taken)).as(taken).contains("must not be c, x or z");
        }
    }
}
