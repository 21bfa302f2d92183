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
            List<Long> partnerIds) {

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
                    statements);
        }
    }

    /** A priority as the administrator's list shows it: its name, title, how many statements, and its version. */
    public record PriorityRow(long id, String name, String title, int statements, boolean archived, long version) {}

    public record PriorityEdit(long id, long strategyId, PriorityFields fields, boolean archived, long version) {

        public String name() {
            return fields.label() + " " + fields.number();
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
}
