package com.cptracker.risks.domain;

import com.cptracker.risks.RiskKind;
import com.cptracker.risks.RiskState;
import com.cptracker.risks.RiskStep;
import com.cptracker.status.Status;
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

/**
 * One dated step on an issue or risk, with the item as the step left it: its rating in the words and colour the scale
 * then gave it, its owner by name, status and next review. Written once, never changed.
 */
@Entity
@Table(name = "risk_entry")
public class RiskEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "risk_id", nullable = false)
    private Long riskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "level_id")
    private Long levelId;

    @Column(name = "level_words")
    private String levelWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_colour")
    private Status levelColour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskState state;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    private String note;

    @Column(name = "entered_by_id")
    private Long enteredById;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected RiskEntry() {}

    /** The step, with the item as it now stands and its rating's words and colour as the scale now gives them. */
    public RiskEntry(
            Risk r,
            RiskStep step,
            String ownerName,
            RiskLevel level,
            String note,
            long byId,
            String byName,
            Instant at) {
        this.riskId = r.getId();
        this.step = step;
        this.kind = r.getKind();
        this.title = r.getTitle();
        this.ownerId = r.getOwnerId();
        this.ownerName = ownerName;
        this.levelId = level == null ? null : level.getId();
        this.levelWords = level == null ? null : level.label();
        this.levelColour = level == null ? null : level.step().colour();
        this.state = r.getState();
        this.reviewDate = r.getReviewDate();
        this.note = note;
        this.enteredById = byId;
        this.enteredByName = byName;
        this.enteredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRiskId() {
        return riskId;
    }

    public RiskStep getStep() {
        return step;
    }

    public RiskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getLevelWords() {
        return levelWords;
    }

    public Status getLevelColour() {
        return levelColour;
    }

    public RiskState getState() {
        return state;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
