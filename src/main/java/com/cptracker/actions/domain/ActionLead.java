package com.cptracker.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One lead of an action: always a job title as the plan names it, and the user account where known. */
@Entity
@Table(name = "action_lead")
public class ActionLead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    private int position;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "user_id")
    private Long userId;

    protected ActionLead() {}

    ActionLead(Action action, int position, String jobTitle, Long userId) {
        this.action = action;
        this.position = position;
        this.jobTitle = jobTitle;
        this.userId = userId;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Long getUserId() {
        return userId;
    }

    void change(String jobTitle, Long userId) {
        this.jobTitle = jobTitle;
        this.userId = userId;
    }
}
