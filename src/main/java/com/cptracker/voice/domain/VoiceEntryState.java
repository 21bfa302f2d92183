package com.cptracker.voice.domain;

import com.cptracker.voice.VoiceRecords.EntryFields;
import com.cptracker.voice.VoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry as it stood from {@code recordedAt} until its next state: written once, never changed. */
@Entity
@Immutable
@Table(name = "voice_entry_state")
public class VoiceEntryState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "source_kind", nullable = false)
    private String sourceKind;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "heard_on", nullable = false)
    private LocalDate heardOn;

    @Column(nullable = false)
    private String words;

    private boolean consent;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoiceStatus status;

    @Column(name = "what_we_did")
    private String whatWeDid;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "promise_ids", nullable = false)
    private Long[] promiseIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "action_ids", nullable = false)
    private Long[] actionIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "measure_ids", nullable = false)
    private Long[] measureIds = new Long[0];

    private boolean archived;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    protected VoiceEntryState() {}

    public VoiceEntryState(Long entryId, EntryFields f, boolean archived, Instant at, String by) {
        this.entryId = entryId;
        this.sourceKind = f.sourceKind();
        this.sourceName = f.sourceName();
        this.heardOn = f.heardOn();
        this.words = f.words();
        this.consent = f.consent();
        this.summary = f.summary();
        this.status = f.status();
        this.whatWeDid = f.whatWeDid();
        this.promiseIds = sorted(f.promiseIds());
        this.actionIds = sorted(f.actionIds());
        this.measureIds = sorted(f.measureIds());
        this.archived = archived;
        this.recordedAt = at;
        this.recordedByName = by;
    }

    private static Long[] sorted(Set<Long> ids) {
        return ids.stream().sorted().toArray(Long[]::new);
    }

    public EntryFields fields() {
        return new EntryFields(
                sourceKind,
                sourceName,
                heardOn,
                words,
                consent,
                summary,
                status,
                whatWeDid,
                Set.of(promiseIds),
                Set.of(actionIds),
                Set.of(measureIds));
    }

    public Long getEntryId() {
        return entryId;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedByName() {
        return recordedByName;
    }
}
