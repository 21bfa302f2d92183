package com.cptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which figures and updates a quarter's pages show, worked by hand. */
class AsAtTest {

    static final ReportingPeriod Q4 = ReportingPeriod.parse("2018-19-Q4");
    static final Instant PUBLISHED = Instant.parse("2019-05-07T00:00:00Z");
    static final AsAt SEEN = new AsAt(Q4, PUBLISHED);
    static final LocalDate YEAR_END = LocalDate.of(2019, 3, 31);

    @Test
    void aQuarterNotYetPublishedShowsEverythingForPeriodsEndingByItsLastDay() {
        AsAt open = AsAt.unpublished(Q4);
        assertThat(open.shows(YEAR_END, Instant.parse("2026-01-01T00:00:00Z"), false))
                .isTrue();
        assertThat(open.shows(LocalDate.of(2019, 4, 30), Instant.parse("2019-05-01T00:00:00Z"), false))
                .as("April is the next quarter's")
                .isFalse();
        assertThat(open.published()).isFalse();
    }

    @Test
    void aPublishedQuarterShowsWhatWasThereWhenTheBoardSawIt() {
        assertThat(SEEN.shows(YEAR_END, Instant.parse("2019-04-12T00:00:00Z"), false))
                .isTrue();
        assertThat(SEEN.shows(YEAR_END, PUBLISHED, false))
                .as("entered the moment it was published")
                .isTrue();
        assertThat(SEEN.shows(YEAR_END, PUBLISHED.plusSeconds(1), false))
                .as("a year-end figure entered after publishing waits for the next quarter")
                .isFalse();
        assertThat(SEEN.shows(LocalDate.of(2018, 12, 31), Instant.parse("2020-01-01T00:00:00Z"), false))
                .as("an earlier period's late figure too")
                .isFalse();
    }

    @Test
    void aCorrectionWithAReasonIsShownInAPublishedQuarterWhenEverItWasMade() {
        assertThat(SEEN.shows(YEAR_END, Instant.parse("2020-01-01T00:00:00Z"), true))
                .isTrue();
        assertThat(SEEN.shows(LocalDate.of(2019, 6, 30), Instant.parse("2019-04-01T00:00:00Z"), true))
                .as("but never one for a later period")
                .isFalse();
    }

    @Test
    void beforeAnythingIsPublishedABoardMemberSeesNoFigureAndNoUpdate() {
        AsAt nothing = AsAt.nothingYet(Q4);
        assertThat(nothing.shows(YEAR_END, Instant.parse("2018-01-01T00:00:00Z"), false))
                .isFalse();
        assertThat(nothing.shows(YEAR_END, Instant.EPOCH, false)).isFalse();
    }
}
