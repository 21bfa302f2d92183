package com.cptracker.challenges.domain;

import com.cptracker.challenges.ChallengeState;
import com.cptracker.challenges.SubjectKind;
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
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A challenge as it stands now. Its subject's words and its owners are kept as they were when it was raised, so that
 * a later change to the item does not re-word what the board asked; its history is {@link ChallengeStep}s.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_ref")
    private String subjectRef;

    @Column(nullable = false)
    private String subject;

    @Column(name = "priority_id")
    private Long priorityId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(nullable = false)
    private String question;

    @Column(name = "raised_by_id", nullable = false)
    private Long raisedById;

    @Column(name = "raised_by_name", nullable = false)
    private String raisedByName;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "owner_ids", nullable = false)
    private Long[] ownerIds = new Long[0];

    @Column(name = "owner_names", nullable = false)
    private String ownerNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChallengeState state;

    @Column(name = "answer_by")
    private LocalDate answerBy;

    @Version
    private long version;

    protected Challenge() {}

    public Challenge(
            long strategyId,
            SubjectKind subjectKind,
            Long subjectId,
            String subjectRef,
            String subject,
            Long priorityId,
            String periodCode,
            String question,
            long raisedById,
            String raisedByName,
            Instant raisedAt,
            Set<Long> ownerIds,
            String ownerNames,
            LocalDate answerBy) {
        this.strategyId = strategyId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.subjectRef = subjectRef;
        this.subject = subject;
        this.priorityId = priorityId;
        this.periodCode = periodCode;
        this.question = question;
        this.raisedById = raisedById;
        this.raisedByName = raisedByName;
        this.raisedAt = raisedAt;
        this.ownerIds = ownerIds.toArray(Long[]::new);
        this.ownerNames = ownerNames;
        this.state = ChallengeState.AWAITING_ANSWER;
        this.answerBy = answerBy;
    }

    /** Moves it on to {@code next}; a follow-up may set a new date it should be answered by. */
    public void moveTo(ChallengeState next, LocalDate newAnswerBy) {
        this.state = next;
        if (newAnswerBy != null) {
            this.answerBy = newAnswerBy;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getSubject() {
        return subject;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getQuestion() {
        return question;
    }

    public Long getRaisedById() {
        return raisedById;
    }

    public String getRaisedByName() {
        return raisedByName;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Set<Long> getOwnerIds() {
        return new TreeSet<>(Arrays.asList(ownerIds));
    }

    public String getOwnerNames() {
        return ownerNames;
    }

    public ChallengeState getState() {
        return state;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    public long getVersion() {
        return version;
    }
}
