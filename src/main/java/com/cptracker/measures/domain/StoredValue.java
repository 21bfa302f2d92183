package com.cptracker.measures.domain;

import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure's value for one period as the status rules and the pages read it: the columns of {@link MeasureValue}
 * they use, read straight into a record (no entity to track for a page that only reads).
 */
public record StoredValue(
        Long measureId,
        String periodCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        Mark mark,
        String textValue,
        String note,
        Status ownerStatus,
        boolean demo,
        String enteredByName,
        Instant enteredAt,
        String revisionReason,
        boolean superseded) {}
