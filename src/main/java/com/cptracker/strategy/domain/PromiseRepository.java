package com.cptracker.strategy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromiseRepository extends JpaRepository<Promise, Long> {

    @EntityGraph(attributePaths = {"actionIds", "measureIds"})
    List<Promise> findByStrategyIdOrderByPosition(Long strategyId);
}
