package com.cptracker.challenges.domain;

import com.cptracker.challenges.StepKind;
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

/** One step of a challenge, dated and by whom: written once, never changed. */
@Entity
@Table(name = "challenge_step")
public class ChallengeStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private Long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;

    private String words;

    @Column(name = "answer_by")
    private LocalDate answerBy;

    @Column(name = "by_id", nullable = false)
    private Long byId;

    @Column(name = "by_name", nullable = false)
    private String byName;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected ChallengeStep() {}

    public ChallengeStep(
            long challengeId, StepKind kind, String words, LocalDate answerBy, long byId, String byName, Instant at) {
        this.challengeId = challengeId;
        this.kind = kind;
        this.words = words;
        this.answerBy = answerBy;
        this.byId = byId;
        this.byName = byName;
        this.takenAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getWords() {
        return words;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    public Long getById() {
        return byId;
    }

    public String getByName() {
        return byName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
