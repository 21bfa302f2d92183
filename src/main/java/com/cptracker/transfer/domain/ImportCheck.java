package com.cptracker.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What checking an upload found, kept for its preview page: the preview as JSON, and the fingerprint that confirming
 * it must still match. Written by the job that checked the file (its id is the job's).
 */
@Entity
@Table(name = "import_check")
public class ImportCheck {

    /** What was uploaded. */
    public enum Kind {
        STRATEGY_WORKBOOK,
        VALUES
    }

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "strategy_id")
    private Long strategyId;

    @Column(nullable = false)
    private String fingerprint;

    @Column(nullable = false)
    private String preview;

    @Column(name = "applied_job")
    private Long appliedJob;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ImportCheck() {}

    public ImportCheck(long jobId, Kind kind, Long strategyId, String fingerprint, String preview, Instant createdAt) {
        this.jobId = jobId;
        this.kind = kind;
        this.strategyId = strategyId;
        this.fingerprint = fingerprint;
        this.preview = preview;
        this.createdAt = createdAt;
    }

    public Long getJobId() {
        return jobId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getPreview() {
        return preview;
    }

    public Long getAppliedJob() {
        return appliedJob;
    }

    /** The job that applies the checked file, once confirmed: a second confirmation is refused. */
    public void appliedBy(long jobId) {
        this.appliedJob = jobId;
    }
}
