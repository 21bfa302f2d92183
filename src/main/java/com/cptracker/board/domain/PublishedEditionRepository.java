package com.cptracker.board.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublishedEditionRepository extends JpaRepository<PublishedEdition, Long> {

    /** The latest revision of a quarter's edition, without its content. */
    @Query("""
            select new com.cptracker.board.domain.EditionHeader(e.id, e.revision, e.reason, e.createdAt)
            from PublishedEdition e where e.strategyId = :strategyId and e.periodCode = :periodCode
            order by e.revision desc limit 1""")
    Optional<EditionHeader> findLatest(Long strategyId, String periodCode);

    boolean existsByStrategyIdAndPeriodCode(Long strategyId, String periodCode);
}
