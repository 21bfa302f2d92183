package com.cptracker.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of an action's due date, dated: the action's row keeps only the date it is due by now. */
@Entity
@Table(name = "action_due_change")
public class ActionDueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(name = "from_text", nullable = false)
    private String fromText;

    @Column(name = "to_text", nullable = false)
    private String toText;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected ActionDueChange() {}

    public ActionDueChange(Long actionId, String fromText, String toText, Instant changedAt, String changedBy) {
        this.actionId = actionId;
        this.fromText = fromText;
        this.toText = toText;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getFromText() {
        return fromText;
    }

    public String getToText() {
        return toText;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
