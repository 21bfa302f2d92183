package com.cptracker.measures.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureTargetRepository extends JpaRepository<MeasureTarget, Long> {

    List<MeasureTarget> findByMeasureIdInOrderByYear(Collection<Long> measureIds);

    Optional<MeasureTarget> findByMeasureIdAndYear(Long measureId, String year);

    List<MeasureTarget> findByMeasureIdInAndYearIn(Collection<Long> measureIds, Collection<String> years);
}
