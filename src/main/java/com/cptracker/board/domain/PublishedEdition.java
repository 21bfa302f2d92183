package com.cptracker.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the board's pages of a published quarter keep of its strategy (a {@code StrategyEdition}, as JSON). Written
 * when the quarter is published (revision 0) and when an administrator publishes a correction of it (1, 2...), with
 * the reason; never changed.
 */
@Entity
@Table(name = "published_edition")
public class PublishedEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    private int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String content;

    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected PublishedEdition() {}

    public PublishedEdition(
            Long strategyId,
            String periodCode,
            int revision,
            String content,
            String reason,
            Instant createdAt,
            String createdBy) {
        this.strategyId = strategyId;
        this.periodCode = periodCode;
        this.revision = revision;
        this.content = content;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public String getContent() {
        return content;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
