package com.cptracker.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<FrameworkCriterion, Long> {

    List<FrameworkCriterion> findByFrameworkIdOrderByPosition(Long frameworkId);

    /** The criteria a person leads and rates, archived ones left out. */
    List<FrameworkCriterion> findByLeadUserIdAndArchivedFalseOrderByPosition(Long leadUserId);
}
