package com.cptracker.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.ValueRules.Line;
import com.cptracker.measures.ValueRules.Problem;
import com.cptracker.measures.ValueRules.Subject;
import com.cptracker.measures.ValueRules.Typed;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of one typed value, as the values page and a spreadsheet of values both read it. */
class ValueRulesTest {

    static final ReportingPeriod Q4 = ReportingPeriod.parse("2019-20-Q4");
    static final MeasureSummary PERCENT = TypedValueTest.measure(MeasureUnit.PERCENTAGE);
    static final Subject PEPS = new Subject(PERCENT, Q4, Target.of("95", "5"), null);

    static Line read(Subject s, String value, Status status, String note) {
        return ValueRules.read(s, "*", new Typed(value, status, note, -1L, Set.of()));
    }

    @Test
    void aGreenFigureIsSavedWithItsStatusAndNeedsNoComment() {
        Line line = read(PEPS, " 96% ", null, "");
        assertThat(line.ok()).isTrue();
        assertThat(line.preview().status()).isEqualTo(Status.GREEN);
        assertThat(line.input().value()).isEqualByComparingTo("96");
        assertThat(line.input().note()).isNull();
        assertThat(line.input().expectedVersion()).isEqualTo(-1);
    }

    @Test
    void aRedOrAmberFigureNeedsAComment() {
        Line amber = read(PEPS, "92", null, " ");
        assertThat(amber.input()).isNull();
        assertThat(amber.preview().status()).isEqualTo(Status.AMBER);
        assertThat(amber.problems())
                .containsExactly(
                        new Problem(ValueRules.NOTE, "required", "Explain the figure for P1.1: it is at risk"));
        assertThat(read(PEPS, "80", null, "Two late reviews").ok()).isTrue();
    }

    @Test
    void aMarkIsAMarkNeverZeroAndNotRated() {
        Line line = read(PEPS, "C", null, "");
        assertThat(line.ok()).isTrue();
        assertThat(line.input().mark()).isEqualTo(Mark.CONFIDENTIAL);
        assertThat(line.input().value()).isNull();
        assertThat(line.preview().status()).isEqualTo(Status.NOT_RATED);
    }

    @Test
    void aFigureThatDoesNotReadIsAProblemBesideTheValue() {
        Line line = read(PEPS, "lots", null, "A comment");
        assertThat(line.input()).isNull();
        assertThat(line.preview()).isNull();
        assertThat(line.problems()).singleElement().extracting(Problem::field).isEqualTo(ValueRules.VALUE);
    }

    @Test
    void aValueTheBoardHasSeenIsRefusedWhateverIsTyped() {
        Subject seen = new Subject(PERCENT, Q4, null, new Current(BigDecimal.TEN, null, null, null, 3, true));
        assertThat(read(seen, "96", null, "").problems())
                .containsExactly(new Problem(
                        ValueRules.VALUE,
                        "published",
                        "The board has seen the figure for P1.1: an administrator corrects it, with a reason"));
    }

    @Test
    void aQualitativeMeasureTakesItsOwnersStatusWithAComment() {
        Subject plan = new Subject(TypedValueTest.measure(MeasureUnit.QUALITATIVE), Q4, null, null);
        assertThat(read(plan, "", null, "").problems())
                .extracting(Problem::field)
                .containsExactly(ValueRules.STATUS, ValueRules.NOTE);
        assertThat(read(plan, "", Status.NO_DATA, "Fine").problems())
                .extracting(Problem::message)
                .containsExactly("Choose a status for P1.1");
        Line green = read(plan, "", Status.GREEN, "The plan exists");
        assertThat(green.ok()).isTrue();
        assertThat(green.input().ownerStatus()).isEqualTo(Status.GREEN);
        assertThat(green.preview().status()).isEqualTo(Status.GREEN);
    }

    /** Context-only measures are never coloured, whoever rates them: a status is refused, words alone are taken. */
    @Test
    void aContextOnlyQualitativeMeasureIsOfferedNoStatusAndRefusesOne() {
        MeasureSummary q = TypedValueTest.measure(MeasureUnit.QUALITATIVE);
        MeasureSummary contextOnly = TypedValueTest.measure(MeasureUnit.QUALITATIVE, Polarity.CONTEXT_ONLY, null);
        assertThat(ValueRules.ownerStatuses(q)).containsExactly(Status.GREEN, Status.AMBER, Status.RED);
        assertThat(ValueRules.ownerStatuses(contextOnly)).isEmpty();
        assertThat(ValueRules.ownerStatuses(PEPS.measure())).isEmpty();
        Subject plan = new Subject(contextOnly, Q4, null, null);
        assertThat(read(plan, "", Status.GREEN, "Published in May").problems())
                .extracting(Problem::message)
                .containsExactly("Leave the status of P1.1 blank: a context-only measure is never rated");
        assertThat(read(plan, "", null, "").problems())
                .extracting(Problem::field)
                .containsExactly(ValueRules.NOTE);
        Line words = read(plan, "", null, "Published in May");
        assertThat(words.ok()).isTrue();
        assertThat(words.input().ownerStatus()).isNull();
        assertThat(words.preview().status()).isEqualTo(Status.NOT_RATED);
    }

    @Test
    void aCommentOver2000CharactersIsAProblem() {
        assertThat(read(PEPS, "96", null, "a".repeat(2001)).problems())
                .extracting(Problem::field)
                .containsExactly(ValueRules.NOTE);
    }
}
