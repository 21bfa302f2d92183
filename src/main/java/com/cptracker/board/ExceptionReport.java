package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.status.Direction;
import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules.Stated;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import java.util.List;

/**
 * A quarter's exception report: the measures and actions the strategy's exception rules catch, grouped by priority,
 * each with every rule that caught it, and the rules themselves in words (as the quarter was published with them).
 */
public record ExceptionReport(QuarterContext context, List<Stated> rules, List<Group> groups) {

    /** The caught measures and actions of a priority (or of none: "General", for measures outside every priority). */
    public record Group(
            String name, PriorityHeading priority, List<CaughtMeasure> measures, List<CaughtAction> actions) {}

    /** A measure and the names of the rules that caught it. */
    public record CaughtMeasure(MeasureStatusView view, List<String> caughtBy) {}

    /**
     * An action, the names of the rules that caught it, its status the quarter before (null when that quarter is not
     * shown) and its direction of travel since, its leads and partners, and how many times its due date has moved.
     */
    public record CaughtAction(
            ActionStatusView view,
            List<String> caughtBy,
            Status lastQuarter,
            Direction direction,
            String owners,
            int dueDateMoves) {

        /** How many times the due date moved, in words: "once", "twice", "3 times". */
        public String timesMoved() {
            return ExceptionRule.times(dueDateMoves);
        }
    }

    public int measureCount() {
        return groups.stream().mapToInt(g -> g.measures().size()).sum();
    }

    public int actionCount() {
        return groups.stream().mapToInt(g -> g.actions().size()).sum();
    }

    /** The rules switched on, in words. */
    public List<Stated> rulesOn() {
        return rules.stream().filter(Stated::on).toList();
    }

    /** The rules switched off, in words. */
    public List<Stated> rulesOff() {
        return rules.stream().filter(r -> !r.on()).toList();
    }
}
