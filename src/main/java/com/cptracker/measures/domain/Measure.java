package com.cptracker.measures.domain;

import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An outcome measure or performance indicator: a line of the scorecard. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(name = "priority_id")
    private Long priorityId;

    @Column(name = "statement_id")
    private Long statementId;

    @Column(nullable = false)
    private String ref;

    private int position;

    @Column(nullable = false)
    private String title;

    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "owner_title")
    private String ownerTitle;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "cyp_plan_priority")
    private String cypPlanPriority;

    @Column(name = "corporate_priority")
    private String corporatePriority;

    private boolean active = true;

    private boolean demo;

    @Version
    private long version;

    protected Measure() {}

    public Measure(
            Long strategyId,
            Long priorityId,
            Long statementId,
            String ref,
            int position,
            String title,
            String definition,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String ownerTitle,
            Long ownerUserId,
            String cypPlanPriority,
            String corporatePriority,
            boolean demo) {
        this.strategyId = strategyId;
        this.priorityId = priorityId;
        this.statementId = statementId;
        this.ref = ref;
        this.position = position;
        this.title = title;
        this.definition = definition;
        this.unit = unit;
        this.polarity = polarity;
        this.frequency = frequency;
        this.ownerTitle = ownerTitle;
        this.ownerUserId = ownerUserId;
        this.cypPlanPriority = cypPlanPriority;
        this.corporatePriority = corporatePriority;
        this.demo = demo;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public Long getStatementId() {
        return statementId;
    }

    public String getRef() {
        return ref;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDefinition() {
        return definition;
    }

    public MeasureUnit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getOwnerTitle() {
        return ownerTitle;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public String getCypPlanPriority() {
        return cypPlanPriority;
    }

    public String getCorporatePriority() {
        return corporatePriority;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }

    /** Its place in the scorecard. */
    public void moveTo(int position) {
        this.position = position;
    }

    /** Retires the measure from the scorecard (false) or brings it back (true); its values stay either way. */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** An administrator's edit of what the measure is; its values are left as they are. */
    public void update(
            Long priorityId,
            Long statementId,
            String ref,
            String title,
            String definition,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String ownerTitle,
            Long ownerUserId,
            String cypPlanPriority,
            String corporatePriority) {
        this.priorityId = priorityId;
        this.statementId = statementId;
        this.ref = ref;
        this.title = title;
        this.definition = definition;
        this.unit = unit;
        this.polarity = polarity;
        this.frequency = frequency;
        this.ownerTitle = ownerTitle;
        this.ownerUserId = ownerUserId;
        this.cypPlanPriority = cypPlanPriority;
        this.corporatePriority = corporatePriority;
    }
}
