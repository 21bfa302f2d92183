package com.cptracker.measures.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdInOrderByPeriodStart(Collection<Long> measureIds);

    List<MeasureValue> findByMeasureIdOrderByPeriodStart(Long measureId);
}
