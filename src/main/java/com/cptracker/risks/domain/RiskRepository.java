package com.cptracker.risks.domain;

import com.cptracker.risks.RiskState;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskRepository extends JpaRepository<Risk, Long> {

    List<Risk> findByStrategyIdOrderById(long strategyId);

    List<Risk> findByOwnerIdAndStateOrderByReviewDateAscIdAsc(long ownerId, RiskState state);
}
