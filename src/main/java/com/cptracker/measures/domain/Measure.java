package com.cptracker.measures.domain;

import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.status.SimilarMargin;
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

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "baseline_when")
    private String baselineWhen;

    @Column(name = "benchmark_margin")
    private BigDecimal benchmarkMargin;

    @Enumerated(EnumType.STRING)
    @Column(name = "benchmark_margin_unit")
    private MarginUnit benchmarkMarginUnit;

    private boolean active = true;

    private boolean demo;

    @Version
    private long version;

    protected Measure() {}

    /**
     * A new measure in its place in the scorecard, with the administrator's fields applied as {@link #update} applies
     * them.
     */
    public Measure(Long strategyId, int position, MeasureFields fields, boolean demo) {
        this.strategyId = strategyId;
        this.position = position;
        this.demo = demo;
        update(fields);
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

    /** The figure the measure started from, in its unit; null when the document gives none. */
    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    /** When the baseline was, as the document writes it ("2023-24", "March 2024"). */
    public String getBaselineWhen() {
        return baselineWhen;
    }

    /** The measure's own margin for "similar" to a benchmark; null when it takes the strategy's. */
    public SimilarMargin getBenchmarkMargin() {
        return benchmarkMargin == null ? null : new SimilarMargin(benchmarkMargin, benchmarkMarginUnit);
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
    public void update(MeasureFields f) {
        this.priorityId = f.priorityId();
        this.statementId = f.statementId();
        this.ref = f.ref();
        this.title = f.title();
        this.definition = f.definition();
        this.unit = f.unit();
        this.polarity = f.polarity();
        this.frequency = f.frequency();
        this.ownerTitle = f.ownerTitle();
        this.ownerUserId = f.ownerUserId();
        this.cypPlanPriority = f.cypPlanPriority();
        this.corporatePriority = f.corporatePriority();
        this.baselineValue = f.baselineValue();
        this.baselineWhen = f.baselineWhen();
        this.benchmarkMargin =
                f.benchmarkMargin() == null ? null : f.benchmarkMargin().amount();
        this.benchmarkMarginUnit =
                f.benchmarkMargin() == null ? null : f.benchmarkMargin().unit();
    }
}
