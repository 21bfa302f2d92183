package com.cptracker.assessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<AssessmentFramework, Long> {

    Optional<AssessmentFramework> findByStrategyId(Long strategyId);

    List<AssessmentFramework> findByIdIn(Collection<Long> ids);
}
