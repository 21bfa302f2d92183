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

/**
 * A lead's report for a quarter, progress in words and their assessment, on an action or, where a priority reports
 * quarterly as a work area, on the priority itself (exactly one of {@code actionId} and {@code priorityId}). Drafted,
 * submitted, returned to its lead with a comment, and after publishing corrected only with a reason.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    public enum State {
        DRAFT,
        SUBMITTED,
        /** Sent back to its lead by an administrator, with a comment: a draft again until it is submitted. */
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "priority_id")
    private Long priorityId;

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

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "revision_reason")
    private String revisionReason;

    @Column(name = "revised_at")
    private Instant revisedAt;

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

    /** A work area's update: the lead's report on a priority as a whole, a draft until {@code submittedAt}. */
    public static ProgressUpdate onPriority(
            Long priorityId,
            String periodCode,
            String progress,
            Assessment assessment,
            Long authorId,
            String authorName,
            Instant submittedAt) {
        ProgressUpdate u = new ProgressUpdate(
                null, periodCode, progress, assessment, null, authorId, authorName, submittedAt, false);
        u.priorityId = priorityId;
        return u;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public Instant getRevisedAt() {
        return revisedAt;
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
        if (newSubmittedAt != null) {
            this.returnComment = null;
        }
        this.state = newSubmittedAt == null ? (returnComment == null ? State.DRAFT : State.RETURNED) : State.SUBMITTED;
    }

    /** Sends a submitted update back to its lead with the reviewer's comment; it is a draft again until resubmitted. */
    public void returnToLead(String comment) {
        this.returnComment = comment;
        this.submittedAt = null;
        this.state = State.RETURNED;
    }

    /**
     * Corrects an update the board has seen: the new words and assessment, with the reason, shown as revised. When
     * it was submitted and by whom stay as they were.
     */
    public void correct(String newProgress, Assessment newAssessment, String reason, Instant at) {
        this.progress = newProgress;
        this.assessment = newAssessment;
        this.revisionReason = reason;
        this.revisedAt = at;
    }
}
