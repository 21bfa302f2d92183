package com.cptracker.assessment.domain;

import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One characteristic of a framework, in its place, with its lead. */
@Entity
@Table(name = "assessment_criterion")
public class FrameworkCriterion extends FrameworkItem {

    private String ref;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "lead_title")
    private String leadTitle;

    @Column(name = "lead_user_id")
    private Long leadUserId;

    protected FrameworkCriterion() {}

    public FrameworkCriterion(Long frameworkId, int position, CriterionFields fields) {
        super(frameworkId, position);
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

    public Long getLeadUserId() {
        return leadUserId;
    }
}
