package com.cptracker.strategy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromiseRepository extends JpaRepository<Promise, Long> {

    @EntityGraph(attributePaths = {"actionIds", "measureIds"})
    List<Promise> findByStrategyIdOrderByPosition(Long strategyId);

    /** The board's promises: archived ones are left out. */
    @EntityGraph(attributePaths = {"actionIds", "measureIds"})
    List<Promise> findByStrategyIdAndArchivedFalseOrderByPosition(Long strategyId);
}
