package com.cptracker.strategy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityRepository extends JpaRepository<Priority, Long> {

    @EntityGraph(attributePaths = "partnerIds")
    List<Priority> findByStrategyIdOrderByNumber(Long strategyId);

    /** The board's priorities: archived ones are left out. */
    @EntityGraph(attributePaths = "partnerIds")
    List<Priority> findByStrategyIdAndArchivedFalseOrderByNumber(Long strategyId);

    @EntityGraph(attributePaths = "partnerIds")
    Optional<Priority> findByStrategyIdAndNumberAndArchivedFalse(Long strategyId, int number);

    List<Priority> findByStrategyIdInOrderByNumber(Collection<Long> strategyIds);

    @EntityGraph(attributePaths = "partnerIds")
    Optional<Priority> findByStrategyIdAndNumber(Long strategyId, int number);

    /** The priorities this person reports on as work areas, in every strategy. */
    List<Priority> findByLeadUserIdAndReportsAsWorkAreaTrueAndArchivedFalseOrderByStrategyIdAscNumberAsc(
            Long leadUserId);
}
