package com.cptracker.assessment.domain;

import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One characteristic of a framework, in its place, with its lead. */
@Entity
@Table(name = "assessment_criterion")
public class FrameworkCriterion implements FrameworkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    private int position;

    private String ref;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "lead_title")
    private String leadTitle;

    @Column(name = "lead_user_id")
    private Long leadUserId;

    private boolean archived;

    @Version
    private long version;

    protected FrameworkCriterion() {}

    public FrameworkCriterion(Long frameworkId, int position, CriterionFields fields) {
        this.frameworkId = frameworkId;
        this.position = position;
        update(fields);
    }

    public void update(CriterionFields f) {
        this.ref = f.ref();
        this.title = f.title();
        this.description = f.description();
        this.leadTitle = f.leadTitle();
        this.leadUserId = f.leadUserId();
    }

    public CriterionFields fields() {
        return new CriterionFields(ref, title, description, leadTitle, leadUserId);
    }

    @Override
    public String label() {
        return ref == null ? title : ref + " " + title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    @Override
    public boolean isArchived() {
        return archived;
    }

    @Override
    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
