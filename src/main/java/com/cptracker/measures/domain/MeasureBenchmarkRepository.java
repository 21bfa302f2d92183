package com.cptracker.measures.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureBenchmarkRepository extends JpaRepository<MeasureBenchmark, Long> {

    List<MeasureBenchmark> findByMeasureIdInOrderByYear(Collection<Long> measureIds);
}
