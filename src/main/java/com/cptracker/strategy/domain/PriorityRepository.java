package com.cptracker.strategy.domain;

import com.cptracker.strategy.PriorityKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A strategy's priorities and themes, in the order the board reads them: the priorities by number, then the themes by
 * place (the kind is stored by name, and PRIORITY sorts before THEME).
 */
public interface PriorityRepository extends JpaRepository<Priority, Long> {

    @EntityGraph(attributePaths = "partnerIds")
    List<Priority> findByStrategyIdOrderByKindAscNumberAsc(Long strategyId);

    /** The board's priorities and themes: archived ones are left out. */
    @EntityGraph(attributePaths = "partnerIds")
    List<Priority> findByStrategyIdAndArchivedFalseOrderByKindAscNumberAsc(Long strategyId);

    @EntityGraph(attributePaths = "partnerIds")
    Optional<Priority> findByStrategyIdAndKindAndNumberAndArchivedFalse(Long strategyId, PriorityKind kind, int number);

    @EntityGraph(attributePaths = "partnerIds")
    Optional<Priority> findByStrategyIdAndKindAndNumber(Long strategyId, PriorityKind kind, int number);

    /** The priorities this person reports on as work areas, in every strategy. */
    List<Priority> findByLeadUserIdAndKindAndReportsAsWorkAreaTrueAndArchivedFalseOrderByStrategyIdAscNumberAsc(
            Long leadUserId, PriorityKind kind);
}
