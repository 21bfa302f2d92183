package com.cptracker.risks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What is being done about an issue or risk, on a date; kept in order, written once, never changed. */
@Entity
@Table(name = "risk_mitigation")
public class RiskMitigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "risk_id", nullable = false)
    private Long riskId;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(nullable = false)
    private String text;

    @Column(name = "entered_by_id")
    private Long enteredById;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected RiskMitigation() {}

    public RiskMitigation(long riskId, LocalDate doneOn, String text, long byId, String byName, Instant at) {
        this.riskId = riskId;
        this.doneOn = doneOn;
        this.text = text;
        this.enteredById = byId;
        this.enteredByName = byName;
        this.enteredAt = at;
    }

    public Long getRiskId() {
        return riskId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getText() {
        return text;
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
