package com.cptracker.strategy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategySectionRepository extends JpaRepository<StrategySection, Long> {

    /** Every section, archived ones too, as administration lists them. */
    List<StrategySection> findByStrategyIdOrderByPosition(Long strategyId);

    /** The sections the board's pages show: archived ones are left out. */
    List<StrategySection> findByStrategyIdAndArchivedFalseOrderByPosition(Long strategyId);
}
