package com.cptracker.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.status.Frequency;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A measure's figure box read: a figure, a mark, or the problem, as the values page, corrections and uploads read it. */
class TypedValueTest {

    static final MeasureSummary PERCENT = measure(MeasureUnit.PERCENTAGE);
    static final MeasureSummary NUMBER = measure(MeasureUnit.NUMBER);

    @Test
    void aFigureInTheMeasuresUnit() {
        assertThat(TypedValue.read(PERCENT, "*", " 92.4% ")).satisfies(t -> {
            assertThat(t.ok()).isTrue();
            assertThat(t.number()).isEqualByComparingTo("92.4");
            assertThat(t.mark()).isNull();
        });
        assertThat(TypedValue.read(NUMBER, "*", "1,204").number()).isEqualByComparingTo("1204");
        assertThat(TypedValue.read(NUMBER, "*", "0").number())
                .as("zero is a figure, not a mark")
                .isEqualByComparingTo("0");
    }

    @Test
    void eachMarkWhateverItsCaseAndSpacesNeverANumber() {
        assertThat(TypedValue.read(PERCENT, "*", "c")).isEqualTo(new TypedValue(null, Mark.CONFIDENTIAL, null));
        assertThat(TypedValue.read(PERCENT, "*", " X ")).isEqualTo(new TypedValue(null, Mark.NOT_AVAILABLE, null));
        assertThat(TypedValue.read(PERCENT, "*", "Z")).isEqualTo(new TypedValue(null, Mark.NOT_APPLICABLE, null));
        assertThat(TypedValue.read(PERCENT, "*", "*")).isEqualTo(new TypedValue(null, Mark.SMALL_NUMBER, null));
        assertThat(TypedValue.read(NUMBER, "low", "Low")).isEqualTo(new TypedValue(null, Mark.SMALL_NUMBER, null));
    }

    @Test
    void anotherStrategysMarkAndOtherTextAreRefusedNamingTheMarks() {
        assertThat(TypedValue.read(PERCENT, "*", "low").problem())
                .isEqualTo("Enter the figure for P1.1 as a number, like 92.4 or 92.4%, or a mark: c, x, z or *");
        assertThat(TypedValue.read(NUMBER, "low", "*").problem())
                .isEqualTo("Enter the figure for P1.1 as a number, like 92.4 or 1,204, or a mark: c, x, z or low");
        assertThat(TypedValue.read(NUMBER, "*", "suppressed").ok()).isFalse();
        assertThat(TypedValue.read(NUMBER, "*", "1,5").ok()).isFalse();
        assertThat(TypedValue.read(NUMBER, "*", "5%").problem()).contains("without a % sign");
        assertThat(TypedValue.read(PERCENT, "*", "101").problem()).contains("too large");
        assertThat(TypedValue.read(NUMBER, "*", "  ").problem())
                .isEqualTo("Enter a figure for P1.1, or a mark: c, x, z or *");
    }

    @Test
    void theBoxShowsASavedMarkAsTheStrategyWritesIt() {
        assertThat(TypedValue.shown(null, Mark.SMALL_NUMBER, "low")).isEqualTo("low");
        assertThat(TypedValue.shown(null, Mark.CONFIDENTIAL, "low")).isEqualTo("c");
        assertThat(TypedValue.shown(new BigDecimal("92.40"), null, "low")).isEqualTo("92.4");
        assertThat(TypedValue.shown(null, null, "low")).isEmpty();
    }

    static MeasureSummary measure(MeasureUnit unit) {
        return measure(unit, Polarity.HIGHER_IS_BETTER, null);
    }

    /** P1.1, quarterly, with this unit, polarity and margin of its own (null: the strategy's), and no baseline. */
    static MeasureSummary measure(MeasureUnit unit, Polarity polarity, SimilarMargin margin) {
        return new MeasureSummary(
                1,
                1L,
                null,
                "P1.1",
                "A measure",
                null,
                unit,
                polarity,
                Frequency.QUARTERLY,
                null,
                null,
                null,
                false,
                1,
                null,
                null,
                null,
                margin);
    }
}
