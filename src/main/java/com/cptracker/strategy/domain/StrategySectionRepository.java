package com.cptracker.strategy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategySectionRepository extends JpaRepository<StrategySection, Long> {

    List<StrategySection> findByStrategyIdOrderByPosition(Long strategyId);
}
