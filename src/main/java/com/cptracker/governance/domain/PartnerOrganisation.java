package com.cptracker.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner agency or service named in a strategy (health, housing, schools, the voluntary sector...). */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation implements ListedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(nullable = false)
    private String name;

    private String description;

    private int position;

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected PartnerOrganisation() {}

    public PartnerOrganisation(Long strategyId, String name, String description, int position) {
        this.strategyId = strategyId;
        this.name = name;
        this.description = description;
        this.position = position;
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

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public void update(String name, String description) {
        this.name = name;
        this.description = description;
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
