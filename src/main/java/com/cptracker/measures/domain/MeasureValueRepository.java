package com.cptracker.measures.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdInOrderByPeriodStart(Collection<Long> measureIds);

    List<MeasureValue> findByMeasureIdOrderByPeriodStart(Long measureId);

    /**
     * The values of these measures that a quarter's pages show, the rule of {@code AsAt.shows} in the query: for
     * periods ending by {@code quarterEnd}; the current ones entered by {@code enteredBy}, or any time when the quarter
     * is not {@code published}, or any time when they are corrections (they have a reason). With {@code withOriginals}
     * the superseded originals of corrected values too, whenever they were entered. A null {@code enteredBy} (nothing
     * shown yet) compares as false, so then only corrections are shown.
     */
    @Query("""
            select new com.cptracker.measures.domain.StoredValue(
                v.measureId, v.periodCode, v.periodStart, v.periodEnd, v.value, v.mark, v.textValue, v.note,
                v.ownerStatus, v.demo, v.enteredByName, v.enteredAt, v.revisionReason, v.superseded)
            from MeasureValue v
            where v.measureId in :measureIds and v.periodEnd <= :quarterEnd
              and (v.superseded = false or :withOriginals = true)
              and (v.superseded = true or :published = false or v.revisionReason is not null
                   or v.enteredAt <= :enteredBy)
            order by v.periodStart""")
    List<StoredValue> findShown(
            Collection<Long> measureIds,
            LocalDate quarterEnd,
            boolean published,
            Instant enteredBy,
            boolean withOriginals);
}
