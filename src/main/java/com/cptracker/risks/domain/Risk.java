package com.cptracker.risks.domain;

import com.cptracker.risks.RiskEdits.RiskFields;
import com.cptracker.risks.RiskKind;
import com.cptracker.risks.RiskState;
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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An issue or a risk as it stands now, for the log and its filters. Every change also writes a {@link RiskEntry} with
 * the item as it left it, which is what any earlier date reads.
 */
@Entity
@Table(name = "risk")
public class Risk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "level_id")
    private Long levelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskState state;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "priority_ids", nullable = false)
    private Long[] priorityIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "action_ids", nullable = false)
    private Long[] actionIds = new Long[0];

    @Column(name = "raised_by_id")
    private Long raisedById;

    @Column(name = "raised_by_name", nullable = false)
    private String raisedByName;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Version
    private long version;

    protected Risk() {}

    public Risk(long strategyId, RiskFields f, long raisedById, String raisedByName, Instant raisedAt) {
        this.strategyId = strategyId;
        this.state = RiskState.OPEN;
        this.raisedById = raisedById;
        this.raisedByName = raisedByName;
        this.raisedAt = raisedAt;
        update(f);
    }

    public void update(RiskFields f) {
        this.kind = f.kind();
        this.title = f.title();
        this.description = f.description();
        this.ownerId = f.ownerId();
        this.levelId = f.levelId();
        this.reviewDate = f.reviewDate();
        this.priorityIds = f.priorityIds().stream().sorted().toArray(Long[]::new);
        this.actionIds = f.actionIds().stream().sorted().toArray(Long[]::new);
    }

    public void review(Long levelId, RiskState state, LocalDate reviewDate) {
        this.levelId = levelId;
        this.state = state;
        this.reviewDate = reviewDate;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public RiskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getLevelId() {
        return levelId;
    }

    public RiskState getState() {
        return state;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public List<Long> getPriorityIds() {
        return Arrays.asList(priorityIds);
    }

    public List<Long> getActionIds() {
        return Arrays.asList(actionIds);
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

    public long getVersion() {
        return version;
    }
}
