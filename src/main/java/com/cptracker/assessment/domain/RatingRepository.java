package com.cptracker.assessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<CriterionRating, Long> {

    /** Every rating of these criteria, superseded ones included, oldest period first: one read for a whole page. */
    List<CriterionRating> findByCriterionIdInOrderByPeriodEndAscIdAsc(Collection<Long> criterionIds);

    Optional<CriterionRating> findByCriterionIdAndPeriodCodeAndSupersededFalse(Long criterionId, String periodCode);
}
