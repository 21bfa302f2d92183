package com.cptracker.assessment.domain;

import com.cptracker.scale.ScaleStep;
import com.cptracker.status.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One step of a framework's rating scale, in the council's order, with the colour its tag carries (or none). */
@Entity
@Table(name = "assessment_level")
public class ScaleLevel extends FrameworkItem {

    @Column(nullable = false)
    private String words;

    private String description;

    @Enumerated(EnumType.STRING)
    private Status colour;

    protected ScaleLevel() {}

    public ScaleLevel(Long frameworkId, int position, ScaleStep fields) {
        super(frameworkId, position);
        update(fields);
    }

    public void update(ScaleStep f) {
        this.words = f.words();
        this.description = f.description();
        this.colour = f.colour();
    }

    public ScaleStep fields() {
        return new ScaleStep(words, description, colour);
    }

    @Override
    public String label() {
        return words;
    }
}
