package com.cptracker.risks.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskLevelRepository extends JpaRepository<RiskLevel, Long> {

    List<RiskLevel> findByStrategyIdOrderByPosition(long strategyId);
}
