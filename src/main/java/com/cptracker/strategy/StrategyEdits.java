package com.cptracker.strategy;

import com.cptracker.status.ExceptionRules;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an administrator enters about a strategy, its priorities, statements and promises, and what an edit starts
 * from.
 */
public final class StrategyEdits {

    private StrategyEdits() {}

    public record StrategyFields(
            String slug,
            String title,
            String subtitle,
            String council,
            LocalDate startsOn,
            LocalDate endsOn,
            StrategyStatus status,
            String vision,
            String contact) {

        /** The strategy as pages and other modules read it, with these fields. */
        public StrategySummary summary(
                long id,
                boolean demo,
                RollUpRule rollUpRule,
                SimilarMargin margin,
                ExceptionRules exceptionRules,
                String smallNumberMark) {
            return new StrategySummary(
                    id,
                    slug,
                    title,
                    subtitle,
                    council,
                    startsOn,
                    endsOn,
                    status,
                    demo,
                    rollUpRule,
                    margin.amount(),
                    margin.unit(),
                    exceptionRules,
                    smallNumberMark);
        }
    }

    /** A strategy as an edit form starts from; {@code version} guards against overwriting someone else's change. */
    public record StrategyEdit(long id, StrategyFields fields, boolean demo, long version) {

        public String slug() {
            return fields.slug();
        }

        public String title() {
            return fields.title();
        }
    }

    public record PriorityFields(
            String label,
            int number,
            String title,
            String statement,
            String vision,
            String challenge,
            String leadTitle,
            Long workstreamId,
            List<Long> partnerIds,
            PriorityKind kind) {

        public PriorityFields {
            kind = PriorityKind.orPriority(kind);
        }

        /** A priority (not a theme) with these fields. */
        public PriorityFields(
                String label,
                int number,
                String title,
                String statement,
                String vision,
                String challenge,
                String leadTitle,
                Long workstreamId,
                List<Long> partnerIds) {
            this(
                    label,
                    number,
                    title,
                    statement,
                    vision,
                    challenge,
                    leadTitle,
                    workstreamId,
                    partnerIds,
                    PriorityKind.PRIORITY);
        }

        /** The same fields at another place: a theme's number is its place among the themes, kept by the service. */
        public PriorityFields numbered(int place) {
            return new PriorityFields(
                    label, place, title, statement, vision, challenge, leadTitle, workstreamId, partnerIds, kind);
        }

        /** "Pledge 3", or a theme's label alone. */
        public String name() {
            return kind.name(label, number);
        }

        /** The priority as the board's pages read it, with these fields and the statements given. */
        public PriorityDetail detail(long id, long strategyId, List<Statement> statements) {
            return new PriorityDetail(
                    id,
                    strategyId,
                    label,
                    number,
                    title,
                    statement,
                    vision,
                    challenge,
                    leadTitle,
                    workstreamId,
                    partnerIds,
                    statements,
                    kind);
        }
    }

    /** A priority as the administrator's list shows it: its name, title, how many statements, and its version. */
    public record PriorityRow(
            long id, String name, String title, int statements, boolean archived, long version, PriorityKind kind) {}

    public record PriorityEdit(long id, long strategyId, PriorityFields fields, boolean archived, long version) {

        public String name() {
            return fields.name();
        }

        public boolean theme() {
            return fields.kind() == PriorityKind.THEME;
        }
    }

    public record StatementEdit(
            long id, long priorityId, StatementKind kind, int position, String text, boolean archived, long version) {}

    public record PromiseFields(String text, Set<Long> actionIds, Set<Long> measureIds) {

        /** The promise as the board's pages read it, with these fields. */
        public PromiseView view(long id, int position) {
            return new PromiseView(id, position, text, actionIds, measureIds);
        }
    }

    public record PromiseEdit(long id, int position, PromiseFields fields, boolean archived, long version) {}

    /** A section of the strategy's narrative: its heading as the document writes it, and its text. */
    public record SectionFields(String heading, String body) {}

    public record SectionEdit(long id, int position, SectionFields fields, boolean archived, long version) {}
}
