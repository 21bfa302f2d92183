package com.cptracker.jobs.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code job} table, in plain SQL: claiming needs {@code FOR UPDATE SKIP LOCKED}, and the pollers' statements stay
 * out of Hibernate's statistics (which the page statement counts read). Each write of a worker is fenced by its
 * {@link Claim}. Callers give the transaction; the writes of a worker outside one are each their own.
 */
@Repository
public class JobStore {

    private static final String COLUMNS = """
            id, kind, strategy_id, started_by_id, started_by_name, file_name, parameter, state, progress_done,
            progress_total, stage, summary, link_path, link_text, failure_message, attempts, created_at, started_at,
            finished_at, claimed_by""";

    private static final String FENCE = " where id = ? and state = 'RUNNING' and claimed_by = ? and attempts = ?";

    private final JdbcTemplate jdbc;

    JobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String kind,
            Long strategyId,
            long startedById,
            String startedByName,
            String fileName,
            byte[] content,
            String parameter,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var s = c.prepareStatement("""
                            insert into job (kind, strategy_id, started_by_id, started_by_name, file_name, content,
                            parameter, state, created_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""", new String[] {"id"});
                    s.setString(1, kind);
                    s.setObject(2, strategyId);
                    s.setLong(3, startedById);
                    s.setString(4, startedByName);
                    s.setString(5, fileName);
                    s.setBytes(6, content);
                    s.setString(7, parameter);
                    s.setTimestamp(8, Timestamp.from(now));
                    return s;
                },
                key);
        return key.getKeyAs(Long.class);
    }

    /** The job without its file. */
    public Optional<JobRow> find(long id) {
        return jdbc.query("select " + COLUMNS + ", null as content from job where id = ?", JobStore::row, id).stream()
                .findFirst();
    }

    /**
     * Locks the oldest job that is waiting, or running on a lease that ran out before {@code now}, skipping any another
     * transaction holds; empty when there is none. Needs a transaction, which keeps the lock until {@link #claim}.
     */
    /** A job with its file, when the file is still kept. */
    public Optional<JobRow> findWithFile(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + ", content from job where id = ? and content is not null",
                        JobStore::row,
                        id)
                .stream()
                .findFirst();
    }

    public Optional<JobRow> lockNextClaimable(Instant now) {
        List<JobRow> rows = jdbc.query(
                "select " + COLUMNS + ", content from job where state in ('QUEUED', 'RUNNING')"
                        + " and (state = 'QUEUED' or lease_until < ?) order by id limit 1 for update skip locked",
                JobStore::row,
                Timestamp.from(now));
        return rows.stream().findFirst();
    }

    /** Starts the next attempt at a job locked by {@link #lockNextClaimable}, from nothing done. */
    public Claim claim(JobRow job, String instance, Instant now, Instant leaseUntil) {
        int attempt = job.attempts() + 1;
        jdbc.update("""
                update job set state = 'RUNNING', claimed_by = ?, attempts = ?, lease_until = ?, started_at = ?,
                progress_done = 0, progress_total = 0, stage = null, version = version + 1 where id = ?""", instance, attempt, Timestamp.from(leaseUntil), Timestamp.from(now), job.id());
        return new Claim(job.id(), instance, attempt);
    }

    /** Fails a locked job that will not be claimed again (tried too often). */
    public void failLocked(long id, String message, Instant now) {
        jdbc.update("""
                update job set state = 'FAILED', failure_message = ?, finished_at = ?, claimed_by = null,
                lease_until = null, version = version + 1 where id = ?""", message, Timestamp.from(now), id);
    }

    public boolean progress(Claim claim, long done, long total, String stage) {
        return fenced(
                        "update job set progress_done = ?, progress_total = ?, stage = ?, version = version + 1",
                        claim,
                        done,
                        total,
                        stage)
                == 1;
    }

    public boolean renew(Claim claim, Instant leaseUntil) {
        return fenced("update job set lease_until = ?", claim, Timestamp.from(leaseUntil)) == 1;
    }

    /** Marks the attempt SUCCEEDED; false when the claim was lost, and then the caller must roll its work back. */
    public boolean succeed(Claim claim, String summary, String linkPath, String linkText, Instant now) {
        return fenced("""
                        update job set state = 'SUCCEEDED', summary = ?, link_path = ?, link_text = ?,
                        finished_at = ?, lease_until = null, progress_done = greatest(progress_done, progress_total),
                        stage = null, version = version + 1""", claim, summary, linkPath, linkText, Timestamp.from(now)) == 1;
    }

    public boolean fail(Claim claim, String message, Instant now) {
        return fenced("""
                        update job set state = 'FAILED', failure_message = ?, finished_at = ?, lease_until = null,
                        version = version + 1""", claim, message, Timestamp.from(now)) == 1;
    }

    /** Puts the attempt's job back in the queue, for another attempt from the start. */
    public boolean requeue(Claim claim) {
        return fenced("""
                        update job set state = 'QUEUED', claimed_by = null, lease_until = null, progress_done = 0,
                        progress_total = 0, stage = null, version = version + 1""", claim) == 1;
    }

    /** Deletes the files of jobs that finished before {@code before}; the jobs stay. */
    public int forgetFiles(Instant before) {
        return jdbc.update(
                "update job set content = null where content is not null and finished_at < ?", Timestamp.from(before));
    }

    private int fenced(String update, Claim claim, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = claim.jobId();
        args[values.length + 1] = claim.instance();
        args[values.length + 2] = claim.attempt();
        return jdbc.update(update + FENCE, args);
    }

    private static JobRow row(ResultSet rs, int n) throws SQLException {
        return new JobRow(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getObject("strategy_id", Long.class),
                rs.getLong("started_by_id"),
                rs.getString("started_by_name"),
                rs.getString("file_name"),
                rs.getBytes("content"),
                rs.getString("parameter"),
                rs.getString("state"),
                rs.getLong("progress_done"),
                rs.getLong("progress_total"),
                rs.getString("stage"),
                rs.getString("summary"),
                rs.getString("link_path"),
                rs.getString("link_text"),
                rs.getString("failure_message"),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("claimed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
