package com.cptracker.strategy.domain;

import com.cptracker.status.BenchmarkRules;
import com.cptracker.status.RollUpRule;
import com.cptracker.strategy.StrategyStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "strategy")
public class Strategy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String subtitle;

    @Column(nullable = false)
    private String council;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StrategyStatus status;

    private String vision;

    private String contact;

    private boolean demo;

    @Enumerated(EnumType.STRING)
    @Column(name = "rollup_rule", nullable = false)
    private RollUpRule rollUpRule = RollUpRule.WORST_OF;

    @Column(name = "benchmark_margin_percent", nullable = false)
    private BigDecimal benchmarkMarginPercent = BenchmarkRules.DEFAULT_MARGIN_PERCENT;

    @Version
    private long version;

    protected Strategy() {}

    public Strategy(
            String slug,
            String title,
            String subtitle,
            String council,
            LocalDate startsOn,
            LocalDate endsOn,
            StrategyStatus status,
            String vision,
            String contact,
            boolean demo) {
        this.slug = slug;
        this.title = title;
        this.subtitle = subtitle;
        this.council = council;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.vision = vision;
        this.contact = contact;
        this.demo = demo;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getCouncil() {
        return council;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public StrategyStatus getStatus() {
        return status;
    }

    public String getVision() {
        return vision;
    }

    public String getContact() {
        return contact;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }

    public RollUpRule getRollUpRule() {
        return rollUpRule;
    }

    public BigDecimal getBenchmarkMarginPercent() {
        return benchmarkMarginPercent;
    }

    public void changeStatusSettings(RollUpRule rule, BigDecimal marginPercent) {
        this.rollUpRule = rule;
        this.benchmarkMarginPercent = marginPercent;
    }

    /** An administrator's edit of what the strategy is; status settings are changed apart. */
    public void update(
            String slug,
            String title,
            String subtitle,
            String council,
            LocalDate startsOn,
            LocalDate endsOn,
            StrategyStatus status,
            String vision,
            String contact) {
        this.slug = slug;
        this.title = title;
        this.subtitle = subtitle;
        this.council = council;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.vision = vision;
        this.contact = contact;
    }

    /** Kept for history: still readable, no longer the one in force. */
    public void archive() {
        this.status = StrategyStatus.ARCHIVED;
    }
}
