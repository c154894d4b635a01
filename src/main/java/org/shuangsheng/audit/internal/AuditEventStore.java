package org.shuangsheng.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads of the audit log, and the one delete (the retention purge). A filter adds only the
 * constant conditions below, each value a bound parameter; the order is fixed, newest first.
 */
@Component
public class AuditEventStore {

    private static final String COLUMNS = "id, occurred_at, username, address, action, object_type, object_id,"
            + " outcome, detail";
    private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, id DESC";
    private static final int SCAN_FETCH_SIZE = 1_000;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private static final RowMapper<AuditEventView> VIEW = (rs, row) -> new AuditEventView(rs.getLong("id"),
            instant(rs, "occurred_at"), rs.getString("username"), rs.getString("address"),
            AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"), rs.getString("object_id"),
            AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"));

    private static final RowMapper<ChainRow> CHAIN_ROW = (rs, row) -> new ChainRow(rs.getLong("id"),
            instant(rs, "occurred_at"), rs.getString("username"), rs.getString("address"), rs.getString("action"),
            rs.getString("object_type"), rs.getString("object_id"), rs.getString("outcome"), rs.getString("detail"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate scanning;

    AuditEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.scanning = new JdbcTemplate(jdbc.getDataSource());
        this.scanning.setFetchSize(SCAN_FETCH_SIZE);
    }

    public List<AuditEventView> search(AuditFilter filter, long offset, int limit) {
        Where where = where(filter);
        where.params.addValue("limit", limit).addValue("offset", offset);
        return named.query("SELECT " + COLUMNS + " FROM audit_event" + where.sql + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset", where.params, VIEW);
    }

    /** Events of one user with one object type and outcome since a moment, for budgets kept in the log. */
    public long count(String username, String objectType, AuditOutcome outcome, Instant since) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND occurred_at >= ?"
                + " AND object_type = ? AND outcome = ?", Long.class, username,
                OffsetDateTime.ofInstant(since, ZoneOffset.UTC), objectType, outcome.name());
        return count == null ? 0 : count;
    }

    public long count(AuditFilter filter) {
        Where where = where(filter);
        Long count = named.queryForObject("SELECT COUNT(*) FROM audit_event" + where.sql, where.params, Long.class);
        return count == null ? 0 : count;
    }

    /** The next rows after {@code after} (or the newest rows), newest first, for an export. */
    public List<AuditEventView> batchAfter(AuditFilter filter, AuditEventView after, int limit) {
        Where where = where(filter);
        if (after != null) {
            where.and("(occurred_at < :afterTime OR (occurred_at = :afterTime AND id < :afterId))");
            where.params.addValue("afterTime", utc(after.occurredAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .addValue("afterId", after.id());
        }
        where.params.addValue("limit", limit);
        return named.query("SELECT " + COLUMNS + " FROM audit_event" + where.sql + NEWEST_FIRST + " LIMIT :limit",
                where.params, VIEW);
    }

    /** The end of the chain: the id and hash of the newest row (0 and the genesis hash before any). */
    public record Head(long lastId, String lastHash) {
    }

    public Head head() {
        return jdbc.queryForObject("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /**
     * Every row up to {@code lastId} in chain order, read as a stream with a cursor; call
     * inside a transaction (PostgreSQL fetches in batches only then) and close the stream.
     */
    public Stream<ChainRow> chain(long lastId) {
        return scanning.queryForStream("SELECT " + COLUMNS + ", prev_hash, hash FROM audit_event WHERE id <= ?"
                + " ORDER BY id", CHAIN_ROW, lastId);
    }

    public Optional<Long> oldestId() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(id) FROM audit_event", Long.class));
    }

    /** The id of the first row, in chain order, that happened at or after {@code time}. */
    public Optional<Long> firstIdAtOrAfter(Instant time) {
        List<Long> ids = jdbc.query("SELECT id FROM audit_event WHERE occurred_at >= ? ORDER BY id LIMIT 1",
                (rs, row) -> rs.getLong(1), utc(time));
        return ids.stream().findFirst();
    }

    /** The retention purge, the only delete of the audit log: removes the rows before an id. */
    public int deleteBefore(long id) {
        return jdbc.update("DELETE FROM audit_event WHERE id < ?", id);
    }

    private static Where where(AuditFilter filter) {
        Where where = new Where();
        if (filter.username() != null) {
            where.and("username = :username");
            where.params.addValue("username", filter.username(), Types.VARCHAR);
        }
        if (filter.action() != null) {
            where.and("action = :action");
            where.params.addValue("action", filter.action().name(), Types.VARCHAR);
        }
        if (filter.from() != null) {
            where.and("occurred_at >= :from");
            where.params.addValue("from", utc(bounded(filter.from())), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (filter.to() != null) {
            where.and("occurred_at < :to");
            where.params.addValue("to", utc(bounded(filter.to())), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        return where;
    }

    /** Conditions joined with AND; only the constant texts above ever go in. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final MapSqlParameterSource params = new MapSqlParameterSource();
        private String sql = "";

        void and(String condition) {
            conditions.add(condition);
            sql = " WHERE " + String.join(" AND ", conditions);
        }
    }

    /** A filter far outside any record's time matches the same rows within bounds every database takes. */
    private static Instant bounded(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
