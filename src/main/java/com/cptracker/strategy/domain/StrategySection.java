package com.cptracker.strategy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A piece of the strategy's narrative in the council's words (foreword, vision, what children told us...), kept in the
 * document's order: its heading as written and its body, whose blank lines start paragraphs and whose "- " lines are
 * list items ({@code common.Narrative}).
 */
@Entity
@Table(name = "strategy_section")
public class StrategySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    private int position;

    @Column(nullable = false)
    private String heading;

    @Column(nullable = false)
    private String body;

    /** Archived: left out of the board's pages, kept in the database and shown to administrators. */
    private boolean archived;

    @Version
    private long version;

    protected StrategySection() {}

    public StrategySection(Long strategyId, int position, String heading, String body) {
        this.strategyId = strategyId;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public long getVersion() {
        return version;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void rewrite(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }
}
