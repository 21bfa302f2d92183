package com.cptracker.governance.domain;

import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A board, committee, workstream group or council of young people, and whom it reports to. */
@Entity
@Table(name = "governance_body")
public class GovernanceBody implements ListedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyKind kind;

    private String description;

    private String membership;

    @Column(name = "chair_title")
    private String chairTitle;

    @Column(name = "reports_to_id")
    private Long reportsToId;

    private int position;

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected GovernanceBody() {}

    /** A new body in its place in the list, with the administrator's fields applied as {@link #update} applies them. */
    public GovernanceBody(Long strategyId, int position, BodyFields fields) {
        this.strategyId = strategyId;
        this.position = position;
        update(fields);
    }

    public void reportTo(Long bodyId) {
        this.reportsToId = bodyId;
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

    public BodyKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getMembership() {
        return membership;
    }

    public String getChairTitle() {
        return chairTitle;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public void update(BodyFields f) {
        this.name = f.name();
        this.kind = f.kind();
        this.description = f.description();
        this.membership = f.membership();
        this.chairTitle = f.chairTitle();
        this.reportsToId = f.reportsToId();
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
