package com.cptracker.governance.domain;

import com.cptracker.governance.GovernanceEdits.PartnerFields;
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

    /** A new partner in its place in the list, with the administrator's fields applied as {@link #update} applies them. */
    public PartnerOrganisation(Long strategyId, int position, PartnerFields fields) {
        this.strategyId = strategyId;
        this.position = position;
        update(fields);
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

    public void update(PartnerFields f) {
        this.name = f.name();
        this.description = f.description();
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
