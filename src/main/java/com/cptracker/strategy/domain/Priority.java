package com.cptracker.strategy.domain;

import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A top-level section of a strategy, named as the council names it: a numbered priority ("Pledge 3", "Strategic
 * Priority 1") or an unnumbered theme ("Cross-cutting theme"), whose number is only its place among the themes.
 */
@Entity
@Table(name = "priority")
public class Priority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriorityKind kind = PriorityKind.PRIORITY;

    private int number;

    @Column(nullable = false)
    private String title;

    private String statement;

    private String vision;

    private String challenge;

    @Column(name = "lead_title")
    private String leadTitle;

    @Column(name = "lead_user_id")
    private Long leadUserId;

    @Column(name = "workstream_id")
    private Long workstreamId;

    @ElementCollection
    @CollectionTable(name = "priority_partner", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "partner_id")
    @OrderColumn(name = "position")
    private List<Long> partnerIds = new ArrayList<>();

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Column(name = "reports_as_work_area")
    private boolean reportsAsWorkArea;

    @Version
    private long version;

    protected Priority() {}

    /** A new priority of the strategy, with the administrator's fields applied as {@link #update} applies them. */
    public Priority(Long strategyId, PriorityFields fields) {
        this.strategyId = strategyId;
        update(fields);
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public String getLabel() {
        return label;
    }

    public PriorityKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getStatement() {
        return statement;
    }

    public String getVision() {
        return vision;
    }

    public String getChallenge() {
        return challenge;
    }

    public String getLeadTitle() {
        return leadTitle;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public List<Long> getPartnerIds() {
        return List.copyOf(partnerIds);
    }

    public boolean reportsAsWorkArea() {
        return reportsAsWorkArea;
    }

    /** Who reports on the priority as a whole each quarter (an officer's account), and whether it does. */
    public void setWorkAreaReporting(Long newLeadUserId, boolean reports) {
        this.leadUserId = newLeadUserId;
        this.reportsAsWorkArea = reports;
    }

    public long getVersion() {
        return version;
    }

    /** Sets everything an administrator enters about the priority: the one way its fields are written. */
    public void update(PriorityFields f) {
        this.label = f.label();
        this.kind = f.kind();
        this.number = f.number();
        this.title = f.title();
        this.statement = f.statement();
        this.vision = f.vision();
        this.challenge = f.challenge();
        this.leadTitle = f.leadTitle();
        this.workstreamId = f.workstreamId();
        if (!this.partnerIds.equals(f.partnerIds())) {
            // A new list is written afresh (delete, then insert): rows updated in place could collide on the key.
            this.partnerIds = new ArrayList<>(f.partnerIds());
        }
    }

    /** Priorities are ordered by number (themes by their place, kept as their number), so moving one renumbers it. */
    public void renumber(int number) {
        this.number = number;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
