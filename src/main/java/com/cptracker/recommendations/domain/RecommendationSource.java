package com.cptracker.recommendations.domain;

import com.cptracker.recommendations.Recommendations.SourceFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A report that made recommendations the strategy answers: a scrutiny review, an inspection, an audit. */
@Entity
@Table(name = "recommendation_source")
public class RecommendationSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    private int position;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String kind;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    private String link;

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected RecommendationSource() {}

    public RecommendationSource(Long strategyId, int position, SourceFields fields) {
        this.strategyId = strategyId;
        this.position = position;
        update(fields);
    }

    public void update(SourceFields f) {
        this.title = f.title();
        this.kind = f.kind();
        this.issuedOn = f.issuedOn();
        this.madeBy = f.madeBy();
        this.link = f.link();
    }

    public SourceFields fields() {
        return new SourceFields(title, kind, issuedOn, madeBy, link);
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

    public String getTitle() {
        return title;
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
