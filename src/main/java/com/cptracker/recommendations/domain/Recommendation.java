package com.cptracker.recommendations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** One recommendation of a source, numbered as the report numbers it, with the actions that answer it. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    private int position;

    @Column(nullable = false)
    private String ref;

    @Column(nullable = false)
    private String text;

    @ElementCollection
    @CollectionTable(name = "action_recommendation", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "action_id")
    private Set<Long> actionIds = new HashSet<>();

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected Recommendation() {}

    public Recommendation(Long sourceId, int position, String ref, String text) {
        this.sourceId = sourceId;
        this.position = position;
        update(ref, text);
    }

    public void update(String ref, String text) {
        this.ref = ref;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public String getRef() {
        return ref;
    }

    public String getText() {
        return text;
    }

    public Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    /** Records whether the action answers this recommendation; true when that changed anything. */
    public boolean answeredBy(long actionId, boolean answers) {
        return answers ? actionIds.add(actionId) : actionIds.remove(actionId);
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
