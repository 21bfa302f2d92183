package com.cptracker.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GovernanceBodyRepository extends JpaRepository<GovernanceBody, Long> {

    List<GovernanceBody> findByStrategyIdOrderByPosition(Long strategyId);

    /** The board's bodies: archived ones are left out. */
    List<GovernanceBody> findByStrategyIdAndArchivedFalseOrderByPosition(Long strategyId);

    List<GovernanceBody> findByIdIn(Collection<Long> ids);
}
