package com.cptracker.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A measure's target for one reporting year: a single figure, or a range (low to high) for target-range measures,
 * with the amber threshold (how far from target, in the measure's unit, still counts as amber).
 */
@Entity
@Table(name = "measure_target")
public class MeasureTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(nullable = false)
    private String year;

    private BigDecimal target;

    @Column(name = "target_low")
    private BigDecimal targetLow;

    @Column(name = "target_high")
    private BigDecimal targetHigh;

    @Column(name = "amber_threshold", nullable = false)
    private BigDecimal amberThreshold;

    private String reason;

    @Version
    private long version;

    protected MeasureTarget() {}

    public MeasureTarget(
            Long measureId,
            String year,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal amberThreshold,
            String reason) {
        this.measureId = measureId;
        this.year = year;
        this.target = target;
        this.targetLow = targetLow;
        this.targetHigh = targetHigh;
        this.amberThreshold = amberThreshold == null ? BigDecimal.ZERO : amberThreshold;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getYear() {
        return year;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getTargetLow() {
        return targetLow;
    }

    public BigDecimal getTargetHigh() {
        return targetHigh;
    }

    public BigDecimal getAmberThreshold() {
        return amberThreshold;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }

    /** A new target for the year, with the reason it was set; the old one is kept in the audit trail. */
    public void change(
            BigDecimal target, BigDecimal targetLow, BigDecimal targetHigh, BigDecimal amberThreshold, String reason) {
        this.target = target;
        this.targetLow = targetLow;
        this.targetHigh = targetHigh;
        this.amberThreshold = amberThreshold == null ? BigDecimal.ZERO : amberThreshold;
        this.reason = reason;
    }
}
