package com.cptracker.audit.domain;

import com.cptracker.audit.Change;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recorded change. Written once; never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private String username;

    @Column(name = "item_type", nullable = false)
    private String itemType;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "item_label", nullable = false)
    private String itemLabel;

    @Column(nullable = false)
    private String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Change> changes;

    private String reason;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            Long userId,
            String username,
            String itemType,
            Long itemId,
            String itemLabel,
            String action,
            List<Change> changes,
            String reason) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.username = username;
        this.itemType = itemType;
        this.itemId = itemId;
        this.itemLabel = itemLabel.length() > 300 ? itemLabel.substring(0, 297) + "..." : itemLabel;
        this.action = action;
        this.changes = List.copyOf(changes);
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getItemType() {
        return itemType;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public String getAction() {
        return action;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }
}
