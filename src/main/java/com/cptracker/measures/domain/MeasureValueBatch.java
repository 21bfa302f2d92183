package com.cptracker.measures.domain;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes new values in JDBC batches. {@link MeasureValue}'s id is the database's (identity), so Hibernate would insert
 * them one statement at a time; an import of ten thousand values sends them in batches of {@link #BATCH} instead, in
 * the caller's transaction. Only new, uncorrected values come here: a change or a correction goes through the entity.
 */
@Repository
public class MeasureValueBatch {

    static final int BATCH = 1_000;

    private static final String INSERT = """
            insert into measure_value (measure_id, period_code, period_start, period_end, value, mark, text_value, note,
                owner_status, demo, entered_by_id, entered_by_name, entered_at, superseded, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, false, 0)""";

    private final JdbcTemplate jdbc;

    MeasureValueBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the values, none of which has an id yet. */
    public void insert(List<MeasureValue> fresh) {
        jdbc.batchUpdate(INSERT, fresh, BATCH, (ps, v) -> {
            if (v.getId() != null || v.getRevisionReason() != null || v.isSuperseded()) {
                throw new IllegalArgumentException("Only new, uncorrected values are inserted in a batch");
            }
            ps.setLong(1, v.getMeasureId());
            ps.setString(2, v.getPeriodCode());
            ps.setObject(3, v.getPeriodStart());
            ps.setObject(4, v.getPeriodEnd());
            ps.setBigDecimal(5, v.getValue());
            ps.setString(6, v.getMark() == null ? null : v.getMark().name());
            ps.setString(7, v.getTextValue());
            ps.setString(8, v.getNote());
            ps.setString(
                    9, v.getOwnerStatus() == null ? null : v.getOwnerStatus().name());
            if (v.getEnteredById() == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, v.getEnteredById());
            }
            ps.setString(11, v.getEnteredByName());
            ps.setObject(12, OffsetDateTime.ofInstant(v.getEnteredAt(), ZoneOffset.UTC));
        });
    }
}
