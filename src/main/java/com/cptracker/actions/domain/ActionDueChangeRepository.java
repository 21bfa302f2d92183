package com.cptracker.actions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionDueChangeRepository extends JpaRepository<ActionDueChange, Long> {

    /** How many times each of these actions' due dates changed: all of them, or only by {@code until} when given. */
    interface Moves {
        Long getActionId();

        long getMoves();
    }

    @Query("""
            select c.actionId as actionId, count(c) as moves from ActionDueChange c
            where c.actionId in :actionIds and (:all = true or c.changedAt <= :until)
            group by c.actionId""")
    List<Moves> countMoves(Collection<Long> actionIds, boolean all, Instant until);
}
