package com.cptracker.risks.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiskMitigationRepository extends JpaRepository<RiskMitigation, Long> {

    List<RiskMitigation> findByRiskIdOrderByDoneOnAscIdAsc(long riskId);

    /** Each of the strategy's items' latest mitigation entered up to that moment (one statement). */
    @Query(value = """
            select distinct on (m.risk_id) m.* from risk_mitigation m join risk r on r.id = m.risk_id
            where r.strategy_id = :strategyId and m.entered_at <= :at
            order by m.risk_id, m.done_on desc, m.id desc""", nativeQuery = true)
    List<RiskMitigation> latestAsAt(@Param("strategyId") long strategyId, @Param("at") Instant at);
}
