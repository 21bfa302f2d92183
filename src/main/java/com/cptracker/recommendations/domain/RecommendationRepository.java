package com.cptracker.recommendations.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @EntityGraph(attributePaths = "actionIds")
    List<Recommendation> findBySourceIdOrderByPosition(Long sourceId);

    /** The recommendations of these sources with the actions answering each, in one query. */
    @EntityGraph(attributePaths = "actionIds")
    List<Recommendation> findBySourceIdInOrderBySourceIdAscPositionAsc(Collection<Long> sourceIds);

    /** Every recommendation of the strategy's sources, archived or not, with its answers: one query. */
    @EntityGraph(attributePaths = "actionIds")
    @Query("""
            select r from Recommendation r, RecommendationSource s
            where s.id = r.sourceId and s.strategyId = :strategyId order by s.position, r.position""")
    List<Recommendation> findOfStrategy(@Param("strategyId") Long strategyId);

    long countBySourceId(Long sourceId);
}
