package com.cptracker.actions.domain;

import com.cptracker.actions.DueDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionRepository extends JpaRepository<Action, Long> {

    /** With leads and partners fetched in the same query: one statement however many actions. */
    @EntityGraph(attributePaths = {"leads", "partnerIds"})
    List<Action> findByStrategyIdOrderByPriorityIdAscPositionAsc(Long strategyId);

    @EntityGraph(attributePaths = "leads")
    List<Action> findByPriorityIdOrderByPosition(Long priorityId);

    @EntityGraph(attributePaths = {"leads", "partnerIds"})
    Optional<Action> findByStrategyIdAndRef(Long strategyId, String ref);

    long countByStrategyId(Long strategyId);

    List<Action> findByStrategyIdAndDueKind(Long strategyId, DueDate.Kind dueKind);

    /** The actions a person leads, with their leads and partners, in one query. */
    @EntityGraph(attributePaths = {"leads", "partnerIds"})
    @Query("""
            select distinct a from Action a join a.leads l
            where l.userId = :userId order by a.strategyId, a.priorityId, a.position""")
    List<Action> findLedBy(@Param("userId") Long userId);
}
