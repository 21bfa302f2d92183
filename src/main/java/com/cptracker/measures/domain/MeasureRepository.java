package com.cptracker.measures.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByStrategyIdOrderByPosition(Long strategyId);

    /** The scorecard's measures: those not retired, in scorecard order. */
    List<Measure> findByStrategyIdAndActiveTrueOrderByPosition(Long strategyId);

    List<Measure> findByPriorityIdOrderByPosition(Long priorityId);

    Optional<Measure> findByStrategyIdAndRef(Long strategyId, String ref);

    long countByStrategyId(Long strategyId);

    List<Measure> findByOwnerUserIdOrderByStrategyIdAscPositionAsc(Long ownerUserId);

    List<Measure> findByOwnerUserIdAndActiveTrueOrderByStrategyIdAscPositionAsc(Long ownerUserId);
}
