package com.cptracker.risks.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiskEntryRepository extends JpaRepository<RiskEntry, Long> {

    List<RiskEntry> findByRiskIdOrderByEnteredAtAscIdAsc(long riskId);

    /** Each of the strategy's items as its last step up to that moment left it (one statement). */
    @Query(value = """
            select distinct on (e.risk_id) e.* from risk_entry e join risk r on r.id = e.risk_id
            where r.strategy_id = :strategyId and e.entered_at <= :at
            order by e.risk_id, e.entered_at desc, e.id desc""", nativeQuery = true)
    List<RiskEntry> asAt(@Param("strategyId") long strategyId, @Param("at") Instant at);
}
