package com.cptracker.assessment.domain;

import com.cptracker.assessment.AssessmentEdits.FrameworkFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A strategy's self-assessment framework: its name and source, as the document writes them. One per strategy. */
@Entity
@Table(name = "assessment_framework")
public class AssessmentFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(nullable = false)
    private String name;

    private String source;

    private String description;

    @Version
    private long version;

    protected AssessmentFramework() {}

    public AssessmentFramework(Long strategyId, FrameworkFields fields) {
        this.strategyId = strategyId;
        update(fields);
    }

    public void update(FrameworkFields f) {
        this.name = f.name();
        this.source = f.source();
        this.description = f.description();
    }

    public FrameworkFields fields() {
        return new FrameworkFields(name, source, description);
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
