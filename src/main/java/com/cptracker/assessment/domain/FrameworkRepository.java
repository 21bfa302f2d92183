package com.cptracker.assessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FrameworkRepository extends JpaRepository<AssessmentFramework, Long> {

    Optional<AssessmentFramework> findByStrategyId(Long strategyId);

    /** Whether the strategy at this address has a framework: one statement, for the board's navigation. */
    @Query(
            value = "select exists (select 1 from assessment_framework f join strategy s on s.id = f.strategy_id"
                    + " where s.slug = :slug)",
            nativeQuery = true)
    boolean existsForSlug(@Param("slug") String slug);

    List<AssessmentFramework> findByIdIn(Collection<Long> ids);
}
