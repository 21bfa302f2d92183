package com.cptracker.strategy.domain;

import com.cptracker.strategy.StatementKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A commitment, outcome statement or objective under a priority; actions and measures may hang from it. */
@Entity
@Table(name = "priority_statement")
public class PriorityStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priority_id", nullable = false)
    private Long priorityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementKind kind;

    private int position;

    @Column(nullable = false)
    private String text;

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected PriorityStatement() {}

    public PriorityStatement(Long priorityId, StatementKind kind, int position, String text) {
        this.priorityId = priorityId;
        this.kind = kind;
        this.position = position;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public StatementKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }

    public void update(StatementKind kind, String text) {
        this.kind = kind;
        this.text = text;
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
