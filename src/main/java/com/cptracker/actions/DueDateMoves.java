package com.cptracker.actions;

import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionDueChange;
import com.cptracker.actions.domain.ActionDueChangeRepository;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.strategy.StrategyEndMoved;
import com.cptracker.users.CurrentUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one record of an action's due date moving (read by the exception report as it stood when a quarter was
 * published), whether an administrator changed the date or the strategy's last day moved under an action due "by the
 * end of the strategy".
 */
@Component
class DueDateMoves {

    private final ActionRepository actions;
    private final ActionDueChangeRepository dueChanges;
    private final Clock clock;

    DueDateMoves(ActionRepository actions, ActionDueChangeRepository dueChanges, Clock clock) {
        this.actions = actions;
        this.dueChanges = dueChanges;
        this.clock = clock;
    }

    /** Records a move when the action is no longer due as it was; rewriting the same date is no move. */
    void record(Action a, DueDate before, String toText) {
        if (!before.sameDayAs(a.getDue())) {
            dueChanges.save(new ActionDueChange(
                    a.getId(),
                    before.text(),
                    toText,
                    clock.instant(),
                    CurrentUser.get().map(CurrentUser::getUsername).orElse("system")));
        }
    }

    /**
     * The strategy's last day moved: every action due "by the end of the strategy" is now due by the new day, a move of
     * its date recorded as an administrator's change of it would be.
     */
    @EventListener
    @Transactional
    public void on(StrategyEndMoved moved) {
        for (Action a : actions.findByStrategyIdAndDueKind(moved.strategyId(), DueDate.Kind.STRATEGY_END)) {
            DueDate before = a.getDue();
            a.endStrategyOn(moved.endsOn());
            record(a, before, before.text());
        }
    }
}
