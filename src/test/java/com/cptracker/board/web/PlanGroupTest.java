package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard names the plan priorities once per run of measures that share them, in the rows' own order. */
class PlanGroupTest {

    @Test
    void aGroupStartsWhereverThePairChangesAndRowsKeepTheirOrder() {
        List<PlanGroup> groups = PlanGroup.of(List.of(
                row("1", "Safe", "Outcome 1"),
                row("2", "Safe", "Outcome 1"),
                row("3", "Healthy", "Outcome 1"),
                row("4", "Safe", "Outcome 1"),
                row("5", null, "Outcome 5"),
                row("6", "Safe", null)));

        assertThat(groups)
                .extracting(PlanGroup::label)
                .containsExactly(
                        "C&YP Plan: Safe · Corporate: Outcome 1",
                        "C&YP Plan: Healthy · Corporate: Outcome 1",
                        "C&YP Plan: Safe · Corporate: Outcome 1",
                        "Corporate: Outcome 5",
                        "C&YP Plan: Safe");
        assertThat(groups)
                .flatExtracting(
                        g -> g.rows().stream().map(r -> r.measure().ref()).toList())
                .containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void measuresWithoutPlanPrioritiesSaySoOnlyBesideMeasuresWithThem() {
        assertThat(PlanGroup.of(List.of(row("1", "Safe", "Outcome 1"), row("2", null, null))))
                .extracting(PlanGroup::label)
                .containsExactly("C&YP Plan: Safe · Corporate: Outcome 1", PlanGroup.NONE);
        assertThat(PlanGroup.of(List.of(row("1", null, null), row("2", null, null))))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.label()).as("no heading at all").isNull();
                    assertThat(g.rows()).hasSize(2);
                });
        assertThat(PlanGroup.of(List.of())).isEmpty();
    }

    private static MeasureStatusView row(String ref, String plan, String corporate) {
        MeasureSummary m = new MeasureSummary(
                Long.parseLong(ref),
                1L,
                null,
                ref,
                "Measure " + ref,
                null,
                MeasureUnit.NUMBER,
                Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY,
                null,
                plan,
                corporate,
                false,
                1,
                null,
                null,
                null,
                null);
        return new MeasureStatusView(
                m, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), 0);
    }
}
