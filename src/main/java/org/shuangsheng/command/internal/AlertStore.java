package org.shuangsheng.command.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.AlertStatus;
import org.shuangsheng.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code command_alert} table. Statements join the caller's transaction. Title arguments are
 * stored joined by the unit separator (U+001F), which a one-line argument never holds.
 */
@Component
public class AlertStore {

    static final char ARG_SEPARATOR = '\u001F';

    private static final String COLUMNS = "id, kind, severity, status, region_code, region_path, region_name,"
            + " title_key, title_args, link, occurrences, raised_at, last_raised_at, acknowledged_at,"
            + " acknowledged_by, acknowledge_note, resolved_at, resolved_by, resolve_note";

    /** A stored alert; its title is still a key and arguments. */
    public record Row(long id, String kind, AlertSeverity severity, AlertStatus status, String regionCode,
            String regionPath, String regionName, String titleKey, List<String> titleArgs, String link,
            int occurrences, Instant raisedAt, Instant lastRaisedAt, Instant acknowledgedAt, String acknowledgedBy,
            String acknowledgeNote, Instant resolvedAt, String resolvedBy, String resolveNote) {
    }

    /** A new alert, checked and masked. */
    public record Insert(String kind, AlertSeverity severity, String regionCode, String regionPath, String regionName,
            String titleKey, List<String> titleArgs, String link, String dedupKey) {

        public String openKey() {
            return dedupKey == null ? null : kind + "|" + dedupKey;
        }
    }

    /** A WHERE clause (without the keyword) and its parameters. */
    record Where(String sql, List<Object> params) {
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the alert; empty when an unresolved alert with the same kind and dedup key exists. */
    public Optional<Long> insert(Insert alert, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("INSERT INTO command_alert (kind, severity, status, region_code, region_path,"
                        + " region_name, title_key, title_args, link, dedup_key, open_key, occurrences, raised_at,"
                        + " last_raised_at) VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(alert.kind(), alert.severity().name(), alert.regionCode(), alert.regionPath(),
                        alert.regionName(), alert.titleKey(), joined(alert.titleArgs()), alert.link(),
                        alert.dedupKey(), alert.openKey(), utc(now), utc(now))
                .update(key, "id");
        return inserted == 0 || key.getKey() == null ? Optional.empty() : Optional.of(key.getKey().longValue());
    }

    /** Counts one more occurrence of the unresolved alert with this key; its id, or empty when there is none. */
    public Optional<Long> recur(String openKey, Instant now) {
        Optional<Long> id = jdbc.sql("SELECT id FROM command_alert WHERE open_key = ?").param(openKey)
                .query(Long.class).optional();
        // Resolved meanwhile: nothing is counted, and the caller opens a new alert.
        return id.filter(found -> jdbc.sql("UPDATE command_alert SET occurrences = occurrences + 1,"
                + " last_raised_at = ? WHERE id = ? AND open_key IS NOT NULL").params(utc(now), found).update() == 1);
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM command_alert WHERE id = ?").param(id)
                .query(AlertStore::row).optional();
    }

    /** Moves an OPEN alert to ACKNOWLEDGED; false when it is not OPEN (any more). */
    boolean acknowledge(long id, String by, String note, Instant now) {
        return jdbc.sql("UPDATE command_alert SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?,"
                + " acknowledge_note = ? WHERE id = ? AND status = 'OPEN'").params(utc(now), by, note, id)
                .update() == 1;
    }

    /** Moves an unresolved alert to RESOLVED and frees its key; false when it is resolved already. */
    boolean resolve(long id, String by, String note, Instant now) {
        return jdbc.sql("UPDATE command_alert SET status = 'RESOLVED', open_key = NULL, resolved_at = ?,"
                + " resolved_by = ?, resolve_note = ? WHERE id = ? AND status <> 'RESOLVED'")
                .params(utc(now), by, note, id).update() == 1;
    }

    List<Row> list(Where where, long offset, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM command_alert WHERE " + where.sql()
                        + " ORDER BY CASE status WHEN 'OPEN' THEN 0 WHEN 'ACKNOWLEDGED' THEN 1 ELSE 2 END,"
                        + " last_raised_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params).query(AlertStore::row).list();
    }

    /**
     * Resolved alerts of these kinds last raised before {@code before}, in the scope, whose title
     * arguments or notes still hold something.
     */
    private static Where expired(Set<String> kinds, Instant before, String redactedKey, DataScope.Regions scope) {
        Where within = within(scope);
        List<Object> params = new ArrayList<>(kinds);
        params.add(utc(before));
        params.add(redactedKey);
        params.addAll(within.params());
        return new Where("kind IN (" + String.join(", ", java.util.Collections.nCopies(kinds.size(), "?")) + ")"
                + " AND status = 'RESOLVED' AND last_raised_at < ? AND (title_key <> ? OR title_args IS NOT NULL"
                + " OR acknowledge_note IS NOT NULL OR resolve_note IS NOT NULL) AND " + within.sql(), params);
    }

    public long countExpired(Set<String> kinds, Instant before, String redactedKey, DataScope.Regions scope) {
        return kinds.isEmpty() ? 0 : count(expired(kinds, before, redactedKey, scope));
    }

    /** Replaces the title of each expired alert by {@code redactedKey} and drops its notes; answers their ids. */
    public List<Long> redactExpired(Set<String> kinds, Instant before, String redactedKey, DataScope.Regions scope) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        Where where = expired(kinds, before, redactedKey, scope);
        List<Long> ids = jdbc.sql("SELECT id FROM command_alert WHERE " + where.sql()).params(where.params())
                .query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> params = new ArrayList<>(List.of(redactedKey));
            params.addAll(batch);
            jdbc.sql("UPDATE command_alert SET title_key = ?, title_args = NULL, acknowledge_note = NULL,"
                    + " resolve_note = NULL WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")").params(params)
                    .update();
        }
        return ids;
    }

    long count(Where where) {
        return jdbc.sql("SELECT COUNT(*) FROM command_alert WHERE " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** The condition of a region scope on this table. */
    static Where within(DataScope.Regions scope) {
        DataScope.SqlCondition condition = scope.condition("region_path");
        return new Where(condition.sql(), condition.params());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String joined(List<String> args) {
        return args.isEmpty() ? null : String.join(String.valueOf(ARG_SEPARATOR), args);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("title_args");
        return new Row(rs.getLong("id"), rs.getString("kind"), AlertSeverity.valueOf(rs.getString("severity")),
                AlertStatus.valueOf(rs.getString("status")), rs.getString("region_code"), rs.getString("region_path"),
                rs.getString("region_name"), rs.getString("title_key"),
                args == null ? List.of() : Arrays.asList(args.split(String.valueOf(ARG_SEPARATOR), -1)),
                rs.getString("link"), rs.getInt("occurrences"), instant(rs, "raised_at"),
                instant(rs, "last_raised_at"), instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                rs.getString("acknowledge_note"), instant(rs, "resolved_at"), rs.getString("resolved_by"),
                rs.getString("resolve_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
