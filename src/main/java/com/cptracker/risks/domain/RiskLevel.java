package com.cptracker.risks.domain;

import com.cptracker.scale.ScaleStep;
import com.cptracker.status.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of a strategy's scale for rating its issues and risks, in the council's order, archived not deleted. */
@Entity
@Table(name = "risk_level")
public class RiskLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    private int position;

    @Column(nullable = false)
    private String words;

    private String description;

    @Enumerated(EnumType.STRING)
    private Status colour;

    private boolean archived;

    @Version
    private long version;

    protected RiskLevel() {}

    public RiskLevel(long strategyId, int position, ScaleStep step) {
        this.strategyId = strategyId;
        this.position = position;
        update(step);
    }

    public void update(ScaleStep s) {
        this.words = s.words();
        this.description = s.description();
        this.colour = s.colour();
    }

    public ScaleStep step() {
        return new ScaleStep(words, description, colour);
    }

    public ScaleStep.Kept kept() {
        return new ScaleStep.Kept(id, step(), archived, version);
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public String label() {
        return words;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public long getVersion() {
        return version;
    }
}
