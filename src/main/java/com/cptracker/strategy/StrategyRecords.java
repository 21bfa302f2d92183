package com.cptracker.strategy;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.ExceptionRules;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Mark;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views of strategies for pages and other modules, and what creating one takes. */
public final class StrategyRecords {

    private StrategyRecords() {}

    public record StrategySummary(
            long id,
            String slug,
            String title,
            String subtitle,
            String council,
            LocalDate startsOn,
            LocalDate endsOn,
            StrategyStatus status,
            boolean demo,
            RollUpRule rollUpRule,
            BigDecimal benchmarkMarginPercent,
            MarginUnit benchmarkMarginUnit,
            ExceptionRules exceptionRules,
            String smallNumberMark) {

        /**
         * An edition kept before strategies had exception rules shows its quarter by the default rules, one kept
         * before they chose a small-number mark writes the default mark, and one kept before a benchmark margin could be
         * in the measure's own units had it as a percentage of the benchmark. ({@code benchmarkMarginPercent} is the
         * margin's amount, whatever its unit: the name is the one published editions were kept with.)
         */
        public StrategySummary {
            benchmarkMarginUnit = benchmarkMarginUnit == null ? MarginUnit.PERCENT : benchmarkMarginUnit;
            exceptionRules = exceptionRules == null ? ExceptionRules.DEFAULT : exceptionRules;
            smallNumberMark = smallNumberMark == null ? Mark.DEFAULT_SMALL_NUMBER : smallNumberMark;
        }

        public StrategySummary(
                long id,
                String slug,
                String title,
                String subtitle,
                String council,
                LocalDate startsOn,
                LocalDate endsOn,
                StrategyStatus status,
                boolean demo) {
            this(
                    id,
                    slug,
                    title,
                    subtitle,
                    council,
                    startsOn,
                    endsOn,
                    status,
                    demo,
                    RollUpRule.WORST_OF,
                    SimilarMargin.DEFAULT.amount(),
                    SimilarMargin.DEFAULT.unit(),
                    ExceptionRules.DEFAULT,
                    Mark.DEFAULT_SMALL_NUMBER);
        }

        /** How near a benchmark a value must be to count as similar, unless a measure has its own margin. */
        public SimilarMargin benchmarkMargin() {
            return new SimilarMargin(benchmarkMarginPercent, benchmarkMarginUnit);
        }

        /** The quarters the strategy covers, first to last. */
        public List<ReportingPeriod> quarters() {
            List<ReportingPeriod> quarters = new ArrayList<>();
            ReportingPeriod q = ReportingPeriod.quarterOf(startsOn);
            while (!q.start().isAfter(endsOn)) {
                quarters.add(q);
                q = q.next();
            }
            return quarters;
        }

        /** The quarter to show when none is asked for: the latest one that has ended, within the strategy. */
        public ReportingPeriod defaultQuarter(LocalDate today) {
            List<ReportingPeriod> all = quarters();
            ReportingPeriod latest = all.getFirst();
            for (ReportingPeriod q : all) {
                if (!q.end().isAfter(today)) {
                    latest = q;
                }
            }
            return latest;
        }

        /** "2018 to 2020", from April of the first year to March of the last. */
        public String periodCovered() {
            return startsOn.getYear() + " to " + endsOn.getYear();
        }
    }

    /** A strategy's exception rules and the version an edit of them must quote. */
    public record ExceptionRuleSettings(ExceptionRules rules, long version) {}

    /**
     * How a strategy's statuses roll up, how near a benchmark counts as similar, and the mark it writes for a small
     * number withheld; version guards the edit.
     */
    public record StatusSettings(
            RollUpRule rollUpRule,
            BigDecimal benchmarkMarginPercent,
            MarginUnit benchmarkMarginUnit,
            String smallNumberMark,
            long version) {}

    public record Section(String heading, String body) {}

    /**
     * A priority or theme as lists and headings show it. A theme's number is only its place among the themes: its
     * name is its label alone ("Cross-cutting theme").
     */
    public record PriorityHeading(long id, String label, int number, String title, PriorityKind kind) {

        public PriorityHeading {
            kind = PriorityKind.orPriority(kind);
        }

        public PriorityHeading(long id, String label, int number, String title) {
            this(id, label, number, title, PriorityKind.PRIORITY);
        }

        public String name() {
            return kind.name(label, number);
        }

        /**
         * The shortest name that tells it apart, for a filter's choice or a spreadsheet's sheet: "Pledge 3", or a
         * theme's label and title (themes may share a label).
         */
        public String shortName() {
            return theme() ? name() + ": " + title : name();
        }

        /** What a filter of the scorecard or action plan carries for it: "3", or "t1" for a theme. */
        public String key() {
            return kind.key(number);
        }

        /** The id of its section on a page: "priority-3", "theme-1". */
        public String anchor() {
            return kind.anchor(number);
        }

        public boolean theme() {
            return kind == PriorityKind.THEME;
        }
    }

    /**
     * A priority as its quarterly reporting sees it: whether it reports as a work area (its lead writing an update on
     * the priority itself each quarter), and the account of that lead.
     */
    public record WorkArea(
            long id,
            long strategyId,
            String label,
            int number,
            String title,
            String leadTitle,
            Long leadUserId,
            boolean reportsAsWorkArea,
            long version) {

        public String name() {
            return label + " " + number;
        }
    }

    public record Statement(long id, StatementKind kind, int position, String text) {}

    public record PriorityDetail(
            long id,
            long strategyId,
            String label,
            int number,
            String title,
            String statement,
            String vision,
            String challenge,
            String leadTitle,
            Long workstreamId,
            List<Long> partnerIds,
            List<Statement> statements,
            PriorityKind kind) {

        /** An edition kept before themes existed has no kind: its sections were all priorities. */
        public PriorityDetail {
            kind = PriorityKind.orPriority(kind);
        }

        public String name() {
            return kind.name(label, number);
        }

        public PriorityHeading heading() {
            return new PriorityHeading(id, label, number, title, kind);
        }

        public boolean theme() {
            return kind == PriorityKind.THEME;
        }
    }

    public record NewStrategy(
            String slug,
            String title,
            String subtitle,
            String council,
            LocalDate startsOn,
            LocalDate endsOn,
            StrategyStatus status,
            String vision,
            String contact,
            boolean demo,
            List<Section> sections) {

        public StrategyFields fields() {
            return new StrategyFields(slug, title, subtitle, council, startsOn, endsOn, status, vision, contact);
        }
    }

    public record NewStatement(String key, StatementKind kind, String text) {}

    public record NewPriority(
            String label,
            int number,
            String title,
            String statement,
            String vision,
            String challenge,
            String leadTitle,
            Long workstreamId,
            List<Long> partnerIds,
            List<NewStatement> statements,
            PriorityKind kind) {

        public NewPriority {
            kind = PriorityKind.orPriority(kind);
        }

        public PriorityFields fields() {
            return new PriorityFields(
                    label, number, title, statement, vision, challenge, leadTitle, workstreamId, partnerIds, kind);
        }
    }

    /** Ids of a created priority and of its statements by the caller's keys. */
    public record PriorityIds(long priorityId, Map<String, Long> statementIds) {}

    public record NewPromise(String text, Set<Long> actionIds, Set<Long> measureIds) {

        public PromiseFields fields() {
            return new PromiseFields(text, actionIds, measureIds);
        }
    }

    public record PromiseView(long id, int position, String text, Set<Long> actionIds, Set<Long> measureIds) {}
}
