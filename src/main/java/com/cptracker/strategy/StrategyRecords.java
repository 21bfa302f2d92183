package com.cptracker.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Views of strategies for pages and other modules, and what creating one takes. */
public final class StrategyRecords {

    private StrategyRecords() {
    }

    public record StrategySummary(long id, String slug, String title, String subtitle, String council,
                                  LocalDate startsOn, LocalDate endsOn, StrategyStatus status, boolean demo) {

        /** "2018 to 2020", from April of the first year to March of the last. */
        public String periodCovered() {
            return startsOn.getYear() + " to " + endsOn.getYear();
        }
    }

    public record Section(String heading, String body) {
    }

    public record PriorityHeading(long id, String label, int number, String title) {

        public String name() {
            return label + " " + number;
        }
    }

    public record Statement(long id, StatementKind kind, int position, String text) {
    }

    public record PriorityDetail(long id, long strategyId, String label, int number, String title, String statement,
                                 String vision, String challenge, String leadTitle, Long workstreamId,
                                 List<Long> partnerIds, List<Statement> statements) {

        public String name() {
            return label + " " + number;
        }
    }

    public record NewStrategy(String slug, String title, String subtitle, String council, LocalDate startsOn,
                              LocalDate endsOn, StrategyStatus status, String vision, String contact, boolean demo,
                              List<Section> sections) {
    }

    public record NewStatement(String key, StatementKind kind, String text) {
    }

    public record NewPriority(String label, int number, String title, String statement, String vision,
                              String challenge, String leadTitle, Long workstreamId, List<Long> partnerIds,
                              List<NewStatement> statements) {
    }

    /** Ids of a created priority and of its statements by the caller's keys. */
    public record PriorityIds(long priorityId, java.util.Map<String, Long> statementIds) {
    }

    public record NewPromise(String text, Set<Long> actionIds, Set<Long> measureIds) {
    }

    public record PromiseView(long id, int position, String text, Set<Long> actionIds, Set<Long> measureIds) {
    }
}
