package com.cptracker.reporting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingQuarterRepository extends JpaRepository<ReportingQuarter, Long> {

    List<ReportingQuarter> findByStrategyIdOrderByPeriodCode(Long strategyId);

    Optional<ReportingQuarter> findByStrategyIdAndPeriodCode(Long strategyId, String periodCode);
}
