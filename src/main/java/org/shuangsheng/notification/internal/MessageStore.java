package org.shuangsheng.notification.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.NotificationView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox and the inbox: messages, their deliveries, and who read what. Statements run in
 * the caller's transaction, if any.
 */
@Component
public class MessageStore {

    private static final String COLUMNS = "SELECT m.id, m.created_at, m.subject, m.body, m.region_path,"
            + " m.recipient_username, r.read_at";
    private static final RowMapper<NotificationView> VIEW = (rs, row) -> new NotificationView(rs.getLong("id"),
            instant(rs, "created_at"), rs.getString("subject"), rs.getString("body"), rs.getString("region_path"),
            rs.getString("recipient_username") == null, instant(rs, "read_at"));

    /**
     * Whose inbox: an account, its role, and the regions its scope covers. A message is in it when
     * addressed to the account, or broadcast to its role about no region or about a region its
     * scope covers ({@code regions} is a condition on {@code m.region_path}).
     */
    public record Reader(String username, Role role, DataScope.SqlCondition regions) {

        /** The condition on {@code notification_message m}, and its parameters. */
        String condition() {
            return "(m.recipient_username = ? OR (m.recipient_username IS NULL AND m.recipient_role = ?"
                    + " AND (m.region_path IS NULL OR " + regions.sql()
                    + ")))";
        }

        List<Object> params() {
            List<Object> params = new ArrayList<>();
            params.add(username);
            params.add(role.name());
            params.addAll(regions.params());
            return params;
        }
    }

    private static final int REDACT_BATCH = 500;

    private final JdbcTemplate jdbc;

    MessageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A checked message and its deliveries; empty when its dedup key is taken already. */
    public Optional<Long> insert(Instant now, String username, Role role, String regionPath, String subject,
            String body, String dedupKey, Set<Channel> channels) {
        if (dedupKey != null && exists(dedupKey)) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        // ON CONFLICT DO NOTHING: a concurrent transaction that took the key meanwhile makes this
        // insert a no-op instead of an error that would abort the caller's transaction.
        int inserted = jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_message (created_at,"
                    + " recipient_username, recipient_role, region_path, subject, body, dedup_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", new String[] {"id"});
            insert.setObject(1, utc(now), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(2, username);
            insert.setString(3, role == null ? null : role.name());
            insert.setString(4, regionPath);
            insert.setString(5, subject);
            insert.setString(6, body);
            insert.setString(7, dedupKey);
            return insert;
        }, key);
        if (inserted == 0 || key.getKey() == null) {
            return Optional.empty();
        }
        long id = key.getKey().longValue();
        for (Channel channel : channels) {
            jdbc.update("INSERT INTO notification_delivery (message_id, channel, status, attempts, next_attempt_at)"
                    + " VALUES (?, ?, 'PENDING', 0, ?)", new Object[] {id, channel.name(), utc(now)},
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
        }
        return Optional.of(id);
    }

    private boolean exists(String dedupKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE dedup_key = ?",
                Integer.class, dedupKey);
        return count != null && count > 0;
    }

    /** Rewrites the texts of the messages with these dedup keys, a bounded batch at a time. */
    public int redact(java.util.Collection<String> dedupKeys, String subject, String body) {
        List<String> keys = List.copyOf(dedupKeys);
        int changed = 0;
        for (int from = 0; from < keys.size(); from += REDACT_BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + REDACT_BATCH));
            List<Object> params = new ArrayList<>(List.of(subject, body, subject, body));
            params.addAll(batch);
            changed += jdbc.update("UPDATE notification_message SET subject = ?, body = ?"
                    + " WHERE (subject <> ? OR body <> ?) AND dedup_key IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")", params.toArray());
        }
        return changed;
    }

    public List<NotificationView> inbox(Reader reader, boolean unreadOnly, long offset, int limit) {
        List<Object> params = inboxParams(reader);
        params.add(limit);
        params.add(offset);
        return jdbc.query(COLUMNS + inbox(reader) + (unreadOnly ? " AND r.message_id IS NULL" : "")
                + " ORDER BY m.id DESC LIMIT ? OFFSET ?", VIEW, params.toArray());
    }

    public long count(Reader reader, boolean unreadOnly) {
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + inbox(reader)
                + (unreadOnly ? " AND r.message_id IS NULL" : ""), Long.class, inboxParams(reader).toArray());
        return count == null ? 0 : count;
    }

    public Optional<NotificationView> find(Reader reader, long id) {
        List<Object> params = inboxParams(reader);
        params.add(id);
        return jdbc.query(COLUMNS + inbox(reader) + " AND m.id = ?", VIEW, params.toArray()).stream().findFirst();
    }

    /** Marks a message of the reader's inbox read; false when the reader has no such message. */
    public boolean markRead(Reader reader, long id, Instant now) {
        if (find(reader, id).isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO notification_inbox_read (message_id, username, read_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", new Object[] {id, reader.username(), utc(now)},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
        return true;
    }

    /** Marks every message of the reader's inbox read; answers how many were unread. */
    public int markAllRead(Reader reader, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(reader.username());
        params.add(utc(now));
        params.addAll(reader.params());
        params.add(reader.username());
        return jdbc.update("INSERT INTO notification_inbox_read (message_id, username, read_at)"
                + " SELECT m.id, ?, ? FROM notification_message m WHERE " + reader.condition()
                + " AND NOT EXISTS (SELECT 1 FROM notification_inbox_read r WHERE r.message_id = m.id"
                + " AND r.username = ?) ON CONFLICT DO NOTHING", params.toArray());
    }

    private static String inbox(Reader reader) {
        return " FROM notification_message m LEFT JOIN notification_inbox_read r"
                + " ON r.message_id = m.id AND r.username = ? WHERE " + reader.condition();
    }

    private static List<Object> inboxParams(Reader reader) {
        List<Object> params = new ArrayList<>();
        params.add(reader.username());
        params.addAll(reader.params());
        return params;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
