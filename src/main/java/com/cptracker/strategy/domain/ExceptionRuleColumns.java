package com.cptracker.strategy.domain;

import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;

/** A strategy's exception rules as its row keeps them: a column for each switch and for each number. */
@Embeddable
public class ExceptionRuleColumns {

    @Column(name = "exception_red_or_amber_worsening", nullable = false)
    private boolean redOrAmberWorsening = true;

    @Column(name = "exception_missed_target_running", nullable = false)
    private boolean missedTargetRunning = true;

    @Column(name = "exception_missed_target_quarters", nullable = false)
    private int missedTargetQuarters = ExceptionRules.DEFAULT.missedTargetQuarters();

    @Column(name = "exception_worse_than_neighbours", nullable = false)
    private boolean worseThanNeighbours = true;

    @Column(name = "exception_no_value_when_due", nullable = false)
    private boolean noValueWhenDue = true;

    @Column(name = "exception_overdue_action", nullable = false)
    private boolean overdueAction = true;

    @Column(name = "exception_no_update", nullable = false)
    private boolean noUpdate = true;

    @Column(name = "exception_due_date_moved", nullable = false)
    private boolean dueDateMoved = true;

    @Column(name = "exception_due_date_moves", nullable = false)
    private int dueDateMoves = ExceptionRules.DEFAULT.dueDateMoves();

    ExceptionRules rules() {
        Set<ExceptionRule> on = EnumSet.noneOf(ExceptionRule.class);
        add(on, ExceptionRule.RED_OR_AMBER_WORSENING, redOrAmberWorsening);
        add(on, ExceptionRule.MISSED_TARGET_RUNNING, missedTargetRunning);
        add(on, ExceptionRule.WORSE_THAN_NEIGHBOURS, worseThanNeighbours);
        add(on, ExceptionRule.NO_VALUE_WHEN_DUE, noValueWhenDue);
        add(on, ExceptionRule.OVERDUE_ACTION, overdueAction);
        add(on, ExceptionRule.NO_UPDATE_THIS_QUARTER, noUpdate);
        add(on, ExceptionRule.DUE_DATE_MOVED, dueDateMoved);
        return new ExceptionRules(on, missedTargetQuarters, dueDateMoves);
    }

    void set(ExceptionRules rules) {
        redOrAmberWorsening = rules.isOn(ExceptionRule.RED_OR_AMBER_WORSENING);
        missedTargetRunning = rules.isOn(ExceptionRule.MISSED_TARGET_RUNNING);
        missedTargetQuarters = rules.missedTargetQuarters();
        worseThanNeighbours = rules.isOn(ExceptionRule.WORSE_THAN_NEIGHBOURS);
        noValueWhenDue = rules.isOn(ExceptionRule.NO_VALUE_WHEN_DUE);
        overdueAction = rules.isOn(ExceptionRule.OVERDUE_ACTION);
        noUpdate = rules.isOn(ExceptionRule.NO_UPDATE_THIS_QUARTER);
        dueDateMoved = rules.isOn(ExceptionRule.DUE_DATE_MOVED);
        dueDateMoves = rules.dueDateMoves();
    }

    private static void add(Set<ExceptionRule> on, ExceptionRule rule, boolean isOn) {
        if (isOn) {
            on.add(rule);
        }
    }
}
