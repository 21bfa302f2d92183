package com.cptracker.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {

    List<PartnerOrganisation> findByStrategyIdOrderByPosition(Long strategyId);

    /** The board's partners: archived ones are left out. */
    List<PartnerOrganisation> findByStrategyIdAndArchivedFalseOrderByPosition(Long strategyId);

    List<PartnerOrganisation> findByIdIn(Collection<Long> ids);
}
