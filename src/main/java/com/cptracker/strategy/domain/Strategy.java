package com.cptracker.strategy.domain;

import com.cptracker.status.ExceptionRules;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Mark;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
    private BigDecimal benchmarkMarginPercent = SimilarMargin.DEFAULT.amount();

    @Enumerated(EnumType.STRING)
    @Column(name = "benchmark_margin_unit", nullable = false)
    private MarginUnit benchmarkMarginUnit = SimilarMargin.DEFAULT.unit();

    @Column(name = "small_number_mark", nullable = false)
    private String smallNumberMark = Mark.DEFAULT_SMALL_NUMBER;

    @Embedded
    private ExceptionRuleColumns exceptionRules = new ExceptionRuleColumns();

    @Version
    private long version;

    protected Strategy() {}

    /** A new strategy (demo data or not), with the administrator's fields applied as {@link #update} applies them. */
    public Strategy(StrategyFields fields, boolean demo) {
        this.demo = demo;
        update(fields);
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

    /** How near a benchmark a value must be to count as similar: an amount, in the measure's units or per cent. */
    public SimilarMargin getBenchmarkMargin() {
        return new SimilarMargin(benchmarkMarginPercent, benchmarkMarginUnit);
    }

    /** The mark the strategy writes for a small number withheld, like * or low. */
    public String getSmallNumberMark() {
        return smallNumberMark;
    }

    public ExceptionRules getExceptionRules() {
        return exceptionRules.rules();
    }

    public void changeExceptionRules(ExceptionRules rules) {
        exceptionRules.set(rules);
    }

    public void changeStatusSettings(RollUpRule rule, SimilarMargin margin, String smallNumberMark) {
        this.rollUpRule = rule;
        this.benchmarkMarginPercent = margin.amount();
        this.benchmarkMarginUnit = margin.unit();
        this.smallNumberMark = smallNumberMark;
    }

    /** An administrator's edit of what the strategy is; status settings are changed apart. */
    public void update(StrategyFields f) {
        this.slug = f.slug();
        this.title = f.title();
        this.subtitle = f.subtitle();
        this.council = f.council();
        this.startsOn = f.startsOn();
        this.endsOn = f.endsOn();
        this.status = f.status();
        this.vision = f.vision();
        this.contact = f.contact();
    }

    /** Kept for history: still readable, no longer the one in force. */
    public void archive() {
        this.status = StrategyStatus.ARCHIVED;
    }
}
