package com.cptracker.strategy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityStatementRepository extends JpaRepository<PriorityStatement, Long> {

    List<PriorityStatement> findByPriorityIdOrderByPosition(Long priorityId);

    List<PriorityStatement> findByPriorityIdInOrderByPriorityIdAscPositionAsc(Collection<Long> priorityIds);

    /** The board's statements: archived ones are left out. */
    List<PriorityStatement> findByPriorityIdAndArchivedFalseOrderByPosition(Long priorityId);

    List<PriorityStatement> findByPriorityIdInAndArchivedFalseOrderByPriorityIdAscPositionAsc(
            Collection<Long> priorityIds);
}
