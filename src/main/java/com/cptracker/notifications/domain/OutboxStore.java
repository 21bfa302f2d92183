package com.cptracker.notifications.domain;

import com.cptracker.notifications.OutboxEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} and {@code mail_preference} tables in plain SQL: the sender needs
 * {@code FOR UPDATE SKIP LOCKED}, and its polls stay out of Hibernate's statistics (which the page statement counts
 * read). Callers give the transaction.
 */
@Repository
public class OutboxStore {

    /** What the outbox page shows of a mail: not its body. */
    private static final String ENTRY = """
            id, kind, recipient_name, recipient_address, subject, state, attempts, next_attempt_at, last_error,
            created_at, sent_at, version""";

    private static final String COLUMNS = ENTRY + ", dedupe_key, body";

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new mail; false, writing nothing, when a mail with this dedupe key was already written. */
    public boolean insert(
            String dedupeKey,
            String kind,
            Long recipientId,
            String recipientName,
            String recipientAddress,
            String subject,
            String body,
            String state,
            String lastError,
            Instant now) {
        return jdbc.update(
                        """
                        insert into mail_outbox (dedupe_key, kind, recipient_id, recipient_name, recipient_address,
                        subject, body, state, last_error, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing""",
                        dedupeKey,
                        kind,
                        recipientId,
                        recipientName,
                        recipientAddress,
                        subject,
                        body,
                        state,
                        lastError,
                        Timestamp.from(now),
                        Timestamp.from(now))
                == 1;
    }

    /** Locks the oldest pending mail due by {@code now}, skipping any another instance holds. */
    public Optional<OutboxRow> lockNextDue(Instant now) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from mail_outbox where state = 'PENDING' and next_attempt_at <= ?"
                                + " order by next_attempt_at, id limit 1 for update skip locked",
                        OutboxStore::row,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    /** Marks a locked mail SENT or LOGGED. */
    public void delivered(long id, String state, Instant now) {
        jdbc.update(
                "update mail_outbox set state = ?, attempts = attempts + 1, sent_at = ?, last_error = null,"
                        + " version = version + 1 where id = ?",
                state,
                Timestamp.from(now),
                id);
    }

    /** Records a failed attempt at a locked mail: tried again at {@code next}, or FAILED when {@code next} is null. */
    public void attemptFailed(long id, String error, Instant next) {
        jdbc.update(
                "update mail_outbox set attempts = attempts + 1, last_error = ?, state = ?, next_attempt_at ="
                        + " coalesce(?, next_attempt_at), version = version + 1 where id = ?",
                error,
                next == null ? "FAILED" : "PENDING",
                next == null ? null : Timestamp.from(next),
                id);
    }

    /** Puts a failed mail back to be sent now; false when it is not failed, or changed since the page was read. */
    public boolean retry(long id, long version, Instant now) {
        return jdbc.update(
                        "update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                                + " version = version + 1 where id = ? and version = ? and state = 'FAILED'",
                        Timestamp.from(now),
                        id,
                        version)
                == 1;
    }

    public Optional<OutboxRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where id = ?", OutboxStore::row, id).stream()
                .findFirst();
    }

    /** The newest mails, in one state or any ({@code null}), without their bodies. */
    public List<OutboxEntry> latest(String state, int limit) {
        return jdbc.query(
                "select " + ENTRY + " from mail_outbox where cast(? as varchar) is null or state = ?"
                        + " order by id desc limit ?",
                OutboxStore::entry,
                state,
                state,
                limit);
    }

    public Map<String, Long> countsByState() {
        return jdbc.queryForList("select state, count(*) as n from mail_outbox group by state").stream()
                .collect(Collectors.toMap(r -> (String) r.get("state"), r -> ((Number) r.get("n")).longValue()));
    }

    /** The people with notices held for a digest. */
    public List<Long> heldRecipients() {
        return jdbc.queryForList(
                "select distinct recipient_id from mail_outbox where state = 'HELD' order by recipient_id", Long.class);
    }

    /** Locks a person's held notices, oldest first, skipping any another instance is putting in its digest. */
    public List<OutboxRow> lockHeld(long recipientId) {
        return jdbc.query(
                "select " + COLUMNS + " from mail_outbox where state = 'HELD' and recipient_id = ? order by id"
                        + " for update skip locked",
                OutboxStore::row,
                recipientId);
    }

    /** Sends a person's held notices as they are, now: they chose mail at once again. */
    public int release(long recipientId, Instant now) {
        return jdbc.update(
                "update mail_outbox set state = 'PENDING', next_attempt_at = ?, version = version + 1"
                        + " where state = 'HELD' and recipient_id = ?",
                Timestamp.from(now),
                recipientId);
    }

    public long idOf(String dedupeKey) {
        return jdbc.queryForObject("select id from mail_outbox where dedupe_key = ?", Long.class, dedupeKey);
    }

    public void digested(List<Long> ids, long digestId) {
        for (Long id : ids) {
            jdbc.update(
                    "update mail_outbox set state = 'DIGESTED', digest_id = ?, version = version + 1 where id = ?",
                    digestId,
                    id);
        }
    }

    /** Whether a person takes a weekly digest, with the version of their choice (-1: never chosen). */
    public Optional<Map.Entry<Boolean, Long>> preference(long userId) {
        return jdbc
                .query(
                        "select digest, version from mail_preference where user_id = ?",
                        (rs, n) -> Map.entry(rs.getBoolean("digest"), rs.getLong("version")),
                        userId)
                .stream()
                .findFirst();
    }

    /** Saves a person's choice; false when it changed since the page was read ({@code version}, -1 for none). */
    public boolean choose(long userId, boolean digest, long version, Instant now) {
        if (version < 0) {
            return jdbc.update(
                            "insert into mail_preference (user_id, digest, changed_at) values (?, ?, ?)"
                                    + " on conflict (user_id) do nothing",
                            userId,
                            digest,
                            Timestamp.from(now))
                    == 1;
        }
        return jdbc.update(
                        "update mail_preference set digest = ?, changed_at = ?, version = version + 1"
                                + " where user_id = ? and version = ?",
                        digest,
                        Timestamp.from(now),
                        userId,
                        version)
                == 1;
    }

    private static OutboxRow row(ResultSet rs, int n) throws SQLException {
        return new OutboxRow(entry(rs, n), rs.getString("dedupe_key"), rs.getString("body"));
    }

    private static OutboxEntry entry(ResultSet rs, int n) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient_name"),
                rs.getString("recipient_address"),
                rs.getString("subject"),
                rs.getString("state"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
