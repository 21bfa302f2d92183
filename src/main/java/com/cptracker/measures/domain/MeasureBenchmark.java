package com.cptracker.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The statistical neighbours' average and the national average for a measure in one year. */
@Entity
@Table(name = "measure_benchmark")
public class MeasureBenchmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(nullable = false)
    private String year;

    @Column(name = "stat_neighbour")
    private BigDecimal statNeighbour;

    private BigDecimal national;

    private String source;

    @Version
    private long version;

    protected MeasureBenchmark() {}

    public MeasureBenchmark(Long measureId, String year, BigDecimal statNeighbour, BigDecimal national, String source) {
        this.measureId = measureId;
        this.year = year;
        this.statNeighbour = statNeighbour;
        this.national = national;
        this.source = source;
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

    public BigDecimal getStatNeighbour() {
        return statNeighbour;
    }

    public BigDecimal getNational() {
        return national;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }

    public void change(BigDecimal statNeighbour, BigDecimal national, String source) {
        this.statNeighbour = statNeighbour;
        this.national = national;
        this.source = source;
    }
}
