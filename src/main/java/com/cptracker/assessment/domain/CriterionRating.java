package com.cptracker.assessment.domain;

import com.cptracker.assessment.AssessmentEdits.RatingFields;
import com.cptracker.common.ReportingPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A criterion's rating for a quarter: a step of the scale, the evidence, the actions and measures it cites, who
 * entered it and when. The row stays while it changes, so its version guards every change; a correction after the
 * board saw the quarter keeps a superseded copy of what it said before.
 */
@Entity
@Table(name = "assessment_rating")
public class CriterionRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "criterion_id", nullable = false)
    private Long criterionId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "level_id", nullable = false)
    private Long levelId;

    @Column(nullable = false)
    private String evidence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "action_ids", nullable = false)
    private Long[] actionIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "measure_ids", nullable = false)
    private Long[] measureIds = new Long[0];

    @Column(name = "entered_by_id")
    private Long enteredById;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "revision_of_id")
    private Long revisionOfId;

    @Column(name = "revision_reason")
    private String revisionReason;

    private boolean superseded;

    @Version
    private long version;

    protected CriterionRating() {}

    public CriterionRating(Long criterionId, ReportingPeriod period) {
        this.criterionId = criterionId;
        this.periodCode = period.code();
        this.periodEnd = period.end();
    }

    /** Sets what it says, by whom and when. */
    public void change(RatingFields f, Long byId, String byName, Instant at) {
        this.levelId = f.levelId();
        this.evidence = f.evidence();
        this.actionIds = f.actionIds().stream().sorted().toArray(Long[]::new);
        this.measureIds = f.measureIds().stream().sorted().toArray(Long[]::new);
        this.enteredById = byId;
        this.enteredByName = byName;
        this.enteredAt = at;
    }

    /** A correction after the board saw the quarter: {@code previous} is the kept copy, null if there was none. */
    public void correct(RatingFields f, Long byId, String byName, Instant at, String reason, CriterionRating previous) {
        change(f, byId, byName, at);
        this.revisionReason = reason;
        this.revisionOfId = previous == null ? null : previous.getId();
    }

    /** A copy of the rating as it stands, kept as history when a correction changes it. */
    public CriterionRating supersededCopy() {
        CriterionRating copy = new CriterionRating();
        copy.criterionId = criterionId;
        copy.periodCode = periodCode;
        copy.periodEnd = periodEnd;
        copy.levelId = levelId;
        copy.evidence = evidence;
        copy.actionIds = actionIds.clone();
        copy.measureIds = measureIds.clone();
        copy.enteredById = enteredById;
        copy.enteredByName = enteredByName;
        copy.enteredAt = enteredAt;
        copy.revisionOfId = revisionOfId;
        copy.revisionReason = revisionReason;
        copy.superseded = true;
        return copy;
    }

    public RatingFields fields() {
        return new RatingFields(levelId, evidence, Set.of(actionIds), Set.of(measureIds));
    }

    public Long getId() {
        return id;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getLevelId() {
        return levelId;
    }

    public String getEvidence() {
        return evidence;
    }

    public List<Long> getActionIds() {
        return Arrays.asList(actionIds.clone());
    }

    public List<Long> getMeasureIds() {
        return Arrays.asList(measureIds.clone());
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public long getVersion() {
        return version;
    }
}
