package com.cptracker.recommendations.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationSourceRepository extends JpaRepository<RecommendationSource, Long> {

    List<RecommendationSource> findByStrategyIdOrderByPosition(Long strategyId);

    /** The board's sources: archived ones are left out. */
    List<RecommendationSource> findByStrategyIdAndArchivedFalseOrderByPosition(Long strategyId);
}
