package com.cptracker.voice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What children said, as an identity: its strategy and number. What it says is in its states; each new state touches
 * the entry, so that its version guards every change.
 */
@Entity
@Table(name = "voice_entry")
public class VoiceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    private int number;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected VoiceEntry() {}

    public VoiceEntry(Long strategyId, int number, Instant at) {
        this.strategyId = strategyId;
        this.number = number;
        this.changedAt = at;
    }

    /** A new state was recorded. */
    public void changed(Instant at) {
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public int getNumber() {
        return number;
    }

    public long getVersion() {
        return version;
    }
}
