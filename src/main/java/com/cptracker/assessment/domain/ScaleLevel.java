package com.cptracker.assessment.domain;

import com.cptracker.assessment.AssessmentEdits.LevelFields;
import com.cptracker.status.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of a framework's rating scale, in the council's order, with the colour its tag carries (or none). */
@Entity
@Table(name = "assessment_level")
public class ScaleLevel implements FrameworkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    private int position;

    @Column(nullable = false)
    private String words;

    private String description;

    @Enumerated(EnumType.STRING)
    private Status colour;

    private boolean archived;

    @Version
    private long version;

    protected ScaleLevel() {}

    public ScaleLevel(Long frameworkId, int position, LevelFields fields) {
        this.frameworkId = frameworkId;
        this.position = position;
        update(fields);
    }

    public void update(LevelFields f) {
        this.words = f.words();
        this.description = f.description();
        this.colour = f.colour();
    }

    public LevelFields fields() {
        return new LevelFields(words, description, colour);
    }

    @Override
    public String label() {
        return words;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getFrameworkId() {
        return frameworkId;
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
