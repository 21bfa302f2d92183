package com.cptracker.actions.domain;

import com.cptracker.status.Assessment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A lead's report on an action for a quarter: progress in words and their assessment. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    public enum State {
        DRAFT,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(nullable = false)
    private String progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "proposed_due_date")
    private LocalDate proposedDueDate;

    @Column(name = "proposed_due_reason")
    private String proposedDueReason;

    @Column(name = "risk_comment")
    private String riskComment;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private boolean demo;

    @Version
    private long version;

    protected ProgressUpdate() {}

    public ProgressUpdate(
            Long actionId,
            String periodCode,
            String progress,
            Assessment assessment,
            LocalDate completedOn,
            Long authorId,
            String authorName,
            Instant submittedAt,
            boolean demo) {
        this.actionId = actionId;
        this.periodCode = periodCode;
        this.progress = progress;
        this.assessment = assessment;
        this.completedOn = completedOn;
        this.authorId = authorId;
        this.authorName = authorName;
        this.state = submittedAt == null ? State.DRAFT : State.SUBMITTED;
        this.submittedAt = submittedAt;
        this.demo = demo;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getProgress() {
        return progress;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public State getState() {
        return state;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getProposedDueDate() {
        return proposedDueDate;
    }

    public String getProposedDueReason() {
        return proposedDueReason;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getRiskComment() {
        return riskComment;
    }

    public long getVersion() {
        return version;
    }

    /** Writes this quarter's update again: as a draft, or submitted when {@code submittedAt} is given. */
    public void rewrite(
            String newProgress,
            Assessment newAssessment,
            LocalDate newCompletedOn,
            String newRiskComment,
            LocalDate newProposedDueDate,
            String newProposedDueReason,
            Long newAuthorId,
            String newAuthorName,
            Instant newSubmittedAt) {
        this.progress = newProgress;
        this.assessment = newAssessment;
        this.completedOn = newCompletedOn;
        this.riskComment = newRiskComment;
        this.proposedDueDate = newProposedDueDate;
        this.proposedDueReason = newProposedDueReason;
        this.authorId = newAuthorId;
        this.authorName = newAuthorName;
        this.submittedAt = newSubmittedAt;
        this.state = newSubmittedAt == null ? State.DRAFT : State.SUBMITTED;
    }
}
