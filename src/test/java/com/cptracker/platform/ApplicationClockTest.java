package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Two instances on machines set to different time zones agree on what day it is: the application's clock is in
 * England's zone, not the machine's. Half past midnight in London on a summer night is still the day before in UTC,
 * so a completion date of "today" would be accepted by one instance and refused as in the future by the other.
 */
class ApplicationClockTest {

    @Test
    void everyInstanceTakesTodayToBeTheDayInEnglandWhateverItsMachinesTimeZone() {
        Instant halfPastMidnightInLondon = Instant.parse("2025-06-01T23:30:00Z");
        TimeZone machine = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "America/New_York", "Pacific/Kiritimati", "Europe/London")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Clock clock = new SecurityConfiguration().clock();
                assertThat(clock.getZone()).as("on a machine in " + zone).isEqualTo(ZoneId.of("Europe/London"));
                assertThat(LocalDate.ofInstant(halfPastMidnightInLondon, clock.getZone()))
                        .as("on a machine in " + zone)
                        .isEqualTo(LocalDate.of(2025, 6, 2));
            }
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
