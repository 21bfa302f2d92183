package com.cptracker.strategy.domain;

import com.cptracker.strategy.StrategyEdits.PromiseFields;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** One promise to children and young people, linked to the actions and measures that show it is kept. */
@Entity
@Table(name = "promise")
public class Promise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    private int position;

    @Column(nullable = false)
    private String text;

    @ElementCollection
    @CollectionTable(name = "promise_action", joinColumns = @JoinColumn(name = "promise_id"))
    @Column(name = "action_id")
    private Set<Long> actionIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "promise_measure", joinColumns = @JoinColumn(name = "promise_id"))
    @Column(name = "measure_id")
    private Set<Long> measureIds = new HashSet<>();

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected Promise() {}

    /** A new promise in its place, with the administrator's fields applied as {@link #update} applies them. */
    public Promise(Long strategyId, int position, PromiseFields fields) {
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

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    public Set<Long> getMeasureIds() {
        return Set.copyOf(measureIds);
    }

    public long getVersion() {
        return version;
    }

    public void update(PromiseFields f) {
        this.text = f.text();
        if (!this.actionIds.equals(f.actionIds())) {
            this.actionIds = new HashSet<>(f.actionIds());
        }
        if (!this.measureIds.equals(f.measureIds())) {
            this.measureIds = new HashSet<>(f.measureIds());
        }
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
