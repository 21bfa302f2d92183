package com.cptracker.measures.domain;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure's value for one period: a number, or a mark in its place (official statistics withhold figures: c, x, z
 * or the strategy's small-number mark),
 * or words for a qualitative measure; with a note, who entered it and when.
 */
@Entity
@Table(name = "measure_value")
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    private Mark mark;

    @Column(name = "text_value")
    private String textValue;

    private String note;

    @Column(name = "revision_of_id")
    private Long revisionOfId;

    @Column(name = "revision_reason")
    private String revisionReason;

    private boolean superseded;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_status")
    private Status ownerStatus;

    private boolean demo;

    @Column(name = "entered_by_id")
    private Long enteredById;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected MeasureValue() {}

    public MeasureValue(
            Long measureId,
            ReportingPeriod period,
            BigDecimal value,
            Mark mark,
            String textValue,
            String note,
            boolean demo,
            Long enteredById,
            String enteredByName,
            Instant enteredAt) {
        if (mark != null && value != null) {
            throw new IllegalArgumentException("A value with a mark has no number");
        }
        if (mark == null && value == null && (textValue == null || textValue.isBlank())) {
            throw new IllegalArgumentException("A value needs a number, words or a mark");
        }
        this.measureId = measureId;
        this.periodCode = period.code();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.value = value;
        this.mark = mark;
        this.textValue = textValue;
        this.note = note;
        this.demo = demo;
        this.enteredById = enteredById;
        this.enteredByName = enteredByName;
        this.enteredAt = enteredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The mark in place of a figure, or null for a number or words. */
    public Mark getMark() {
        return mark;
    }

    public String getTextValue() {
        return textValue;
    }

    public String getNote() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }

    public Long getEnteredById() {
        return enteredById;
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Status getOwnerStatus() {
        return ownerStatus;
    }

    /** For qualitative measures: the owner's red, amber or green, which always comes with a comment (the note). */
    public void rateByOwner(Status status, String comment) {
        if (status != null && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("Give a comment with the status");
        }
        this.ownerStatus = status;
        this.note = comment;
    }

    public Long getRevisionOfId() {
        return revisionOfId;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    /**
     * A copy of the value as it stands, kept as history (superseded) when a correction changes it: the value row
     * itself stays, so its version guards every change, corrections included.
     */
    public MeasureValue supersededCopy() {
        MeasureValue copy = new MeasureValue(measureId, periodCode, periodStart, periodEnd);
        copy.value = value;
        copy.mark = mark;
        copy.textValue = textValue;
        copy.note = note;
        copy.ownerStatus = ownerStatus;
        copy.demo = demo;
        copy.enteredById = enteredById;
        copy.enteredByName = enteredByName;
        copy.enteredAt = enteredAt;
        copy.revisionOfId = revisionOfId;
        copy.revisionReason = revisionReason;
        copy.superseded = true;
        return copy;
    }

    /**
     * Corrects a value after the board has seen its period, with the reason: {@code previous} is the copy of what it
     * said before (null when there was no value and this one was missing).
     */
    public void correct(
            BigDecimal newValue,
            Mark newMark,
            String newNote,
            Long byId,
            String byName,
            Instant at,
            String reason,
            MeasureValue previous) {
        change(newValue, newMark, newNote, byId, byName, at);
        this.revisionReason = reason;
        this.revisionOfId = previous == null ? null : previous.getId();
    }

    private MeasureValue(Long measureId, String periodCode, LocalDate periodStart, LocalDate periodEnd) {
        this.measureId = measureId;
        this.periodCode = periodCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public long getVersion() {
        return version;
    }

    /** Changes a value that the board has not yet seen. */
    public void change(BigDecimal newValue, Mark newMark, String newNote, Long byId, String byName, Instant at) {
        this.value = newValue;
        this.mark = newMark;
        this.note = newNote;
        this.enteredById = byId;
        this.enteredByName = byName;
        this.enteredAt = at;
        this.demo = false;
    }
}
