package com.cptracker.measures.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureBenchmarkRepository extends JpaRepository<MeasureBenchmark, Long> {

    List<MeasureBenchmark> findByMeasureIdInOrderByYear(Collection<Long> measureIds);

    Optional<MeasureBenchmark> findByMeasureIdAndYear(Long measureId, String year);

    List<MeasureBenchmark> findByMeasureIdInAndYearIn(Collection<Long> measureIds, Collection<String> years);
}
