package com.cptracker.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A criterion or a step of the scale as the administrator's lists handle it: of one framework, in its place,
 * archived (left out of what is offered and shown) rather than deleted.
 */
@MappedSuperclass
public abstract class FrameworkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    private int position;

    private boolean archived;

    @Version
    private long version;

    protected FrameworkItem() {}

    protected FrameworkItem(Long frameworkId, int position) {
        this.frameworkId = frameworkId;
        this.position = position;
    }

    /** How the audit trail and messages name it. */
    public abstract String label();

    public Long getId() {
        return id;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public int getPosition() {
        return position;
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

    public long getVersion() {
        return version;
    }
}
