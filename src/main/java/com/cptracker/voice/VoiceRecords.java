package com.cptracker.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** What the administrator enters about what children said and what was done, and how it is read back. */
public final class VoiceRecords {

    private VoiceRecords() {}

    /**
     * One entry as the administrator enters it.
     *
     * @param sourceKind the kind of source in the council's words ("Children in Care Council meeting", "survey")
     * @param sourceName its name ("Sessions with the Children in Care Council, March 2025")
     * @param words      their words exactly as said
     * @param consent    whether they agreed to their words being shown as said
     * @param summary    the administrator's summary, shown instead of the words without consent (null when none)
     * @param whatWeDid  what the council did in response (null while nothing is written)
     */
    public record EntryFields(
            String sourceKind,
            String sourceName,
            LocalDate heardOn,
            String words,
            boolean consent,
            String summary,
            VoiceStatus status,
            String whatWeDid,
            Set<Long> promiseIds,
            Set<Long> actionIds,
            Set<Long> measureIds) {

        /** What may be shown of what they said: their words with their consent, else only the summary. */
        public String shownWords() {
            return consent ? words : summary;
        }
    }

    /**
     * An entry as it stood at a time: its fields, whether it was archived then, and when and by whom that state was
     * recorded.
     *
     * @param ref     its ref on the board's pages ("Y3"), from its number
     * @param version the entry's version now, for the administrator's forms
     */
    public record Entry(
            long id,
            long strategyId,
            int number,
            EntryFields fields,
            boolean archived,
            Instant recordedAt,
            String recordedBy,
            long version) {

        public String ref() {
            return "Y" + number;
        }

        /** When this state was recorded, in the council's time zone. */
        public LocalDateTime recordedLocal() {
            return LocalDateTime.ofInstant(recordedAt, ZoneId.of("Europe/London"));
        }
    }

    /** An entry now with every earlier state, oldest first, for the administrator's page. */
    public record EntryHistory(Entry entry, List<Entry> states) {}
}
