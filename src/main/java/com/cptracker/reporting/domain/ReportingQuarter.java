package com.cptracker.reporting.domain;

import com.cptracker.reporting.QuarterState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A strategy's quarter: opened for updates with a deadline, then closed, then published to the board. */
@Entity
@Table(name = "reporting_quarter")
public class ReportingQuarter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuarterState state;

    private LocalDate deadline;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected ReportingQuarter() {}

    public ReportingQuarter(Long strategyId, String periodCode) {
        this.strategyId = strategyId;
        this.periodCode = periodCode;
        this.state = QuarterState.NOT_OPENED;
    }

    public void open(LocalDate deadline, Instant at) {
        this.state = QuarterState.OPEN;
        this.deadline = deadline;
        this.openedAt = at;
        this.closedAt = null;
    }

    public void close(Instant at) {
        this.state = QuarterState.CLOSED;
        this.closedAt = at;
    }

    public void publish(Instant at) {
        this.state = QuarterState.PUBLISHED;
        this.publishedAt = at;
    }

    /** A correction of the published quarter was published; a page from before it is out of date. */
    public void corrected(Instant at) {
        this.correctedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public QuarterState getState() {
        return state;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
