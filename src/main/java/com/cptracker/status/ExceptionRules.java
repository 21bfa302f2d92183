package com.cptracker.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A strategy's exception rules: which are switched on, how many quarters running a missed target must last, and how
 * many times a due date may move before it counts. A published quarter keeps the rules it was published with.
 *
 * @param on the rules switched on
 * @param missedTargetQuarters for {@link ExceptionRule#MISSED_TARGET_RUNNING}: from 2 to 8
 * @param dueDateMoves for {@link ExceptionRule#DUE_DATE_MOVED}: moved more than this many times, from 1 to 5
 */
public record ExceptionRules(Set<ExceptionRule> on, int missedTargetQuarters, int dueDateMoves) {

    public static final int MIN_QUARTERS = 2;
    public static final int MAX_QUARTERS = 8;
    public static final int MIN_MOVES = 1;
    public static final int MAX_MOVES = 5;

    /** Every rule on, a target missed two quarters running, a due date moved more than once. */
    public static final ExceptionRules DEFAULT = new ExceptionRules(EnumSet.allOf(ExceptionRule.class), 2, 1);

    public ExceptionRules {
        on = on == null || on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
        if (missedTargetQuarters < MIN_QUARTERS || missedTargetQuarters > MAX_QUARTERS) {
            throw new IllegalArgumentException("Quarters running must be from 2 to 8: " + missedTargetQuarters);
        }
        if (dueDateMoves < MIN_MOVES || dueDateMoves > MAX_MOVES) {
            throw new IllegalArgumentException("Due date moves must be from 1 to 5: " + dueDateMoves);
        }
    }

    /** What a measure's quarter gives the rules. */
    public record MeasureSignals(
            Status status, Direction sincePrevious, Comparison vsStatNeighbour, int missedTargetRunning) {}

    /** What an action's quarter gives the rules. */
    public record ActionSignals(Status status, boolean overdue, boolean updatedThisQuarter, int dueDateMoves) {}

    /** A rule as the board reads it: its name and its sentence, with its number. */
    public record Stated(ExceptionRule rule, String label, String description, boolean on) {}

    public boolean isOn(ExceptionRule rule) {
        return on.contains(rule);
    }

    /** Every rule in its order, stated in words with this strategy's numbers, and whether it is on. */
    public List<Stated> stated() {
        return Arrays.stream(ExceptionRule.values())
                .map(r -> new Stated(r, label(r), r.description(number(r)), isOn(r)))
                .toList();
    }

    /** The rule's name with this strategy's number in it. */
    public String label(ExceptionRule rule) {
        return rule.label(number(rule));
    }

    private int number(ExceptionRule rule) {
        return rule == ExceptionRule.DUE_DATE_MOVED ? dueDateMoves : missedTargetQuarters;
    }

    /** The rules that are on and catch this measure, in the rules' order; empty when none does. */
    public List<ExceptionRule> caught(MeasureSignals m) {
        List<ExceptionRule> caught = new ArrayList<>();
        boolean offOrAtRisk = m.status() == Status.RED || m.status() == Status.AMBER;
        add(caught, ExceptionRule.RED_OR_AMBER_WORSENING, offOrAtRisk && m.sincePrevious() == Direction.WORSENING);
        add(caught, ExceptionRule.MISSED_TARGET_RUNNING, m.missedTargetRunning() >= missedTargetQuarters);
        add(caught, ExceptionRule.WORSE_THAN_NEIGHBOURS, m.vsStatNeighbour() == Comparison.WORSE);
        add(caught, ExceptionRule.NO_VALUE_WHEN_DUE, m.status() == Status.NO_DATA);
        return caught;
    }

    /** The rules that are on and catch this action, in the rules' order; empty when none does. */
    public List<ExceptionRule> caught(ActionSignals a) {
        List<ExceptionRule> caught = new ArrayList<>();
        boolean inProgress = a.status() == Status.RED || a.status() == Status.AMBER || a.status() == Status.GREEN;
        boolean open = inProgress || a.status() == Status.NOT_STARTED;
        add(caught, ExceptionRule.OVERDUE_ACTION, a.overdue());
        add(caught, ExceptionRule.NO_UPDATE_THIS_QUARTER, inProgress && !a.updatedThisQuarter());
        add(caught, ExceptionRule.DUE_DATE_MOVED, open && a.dueDateMoves() > dueDateMoves);
        return caught;
    }

    private void add(List<ExceptionRule> caught, ExceptionRule rule, boolean applies) {
        if (applies && isOn(rule)) {
            caught.add(rule);
        }
    }

    /**
     * How many of a measure's periods running, from the latest back, missed the target: the leading run of red and
     * amber in statuses given newest first (read only as far as needed). Any other status (green, no data, not rated)
     * ends the run.
     */
    public static int missedRunning(Iterable<Status> newestFirst) {
        int run = 0;
        for (Status s : newestFirst) {
            if (s != Status.RED && s != Status.AMBER) {
                break;
            }
            run++;
        }
        return run;
    }
}
