package org.shuangsheng.notification.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** A message for this user: addressed to it, or broadcast to its role. Parameters: username, role. */
    private static final String FOR_USER = "(m.recipient_username = ? OR (m.recipient_username IS NULL"
            + " AND m.recipient_role = ?))";
    private static final String INBOX = " FROM notification_message m LEFT JOIN notification_inbox_read r"
            + " ON r.message_id = m.id AND r.username = ? WHERE " + FOR_USER;
    private static final RowMapper<NotificationView> VIEW = (rs, row) -> new NotificationView(rs.getLong("id"),
            instant(rs, "created_at"), rs.getString("subject"), rs.getString("body"), rs.getString("region_path"),
            rs.getString("recipient_username") == null, instant(rs, "read_at"));

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

    public List<NotificationView> inbox(String username, Role role, boolean unreadOnly, long offset, int limit) {
        return jdbc.query("SELECT m.id, m.created_at, m.subject, m.body, m.region_path, m.recipient_username,"
                + " r.read_at" + INBOX + (unreadOnly ? " AND r.message_id IS NULL" : "")
                + " ORDER BY m.id DESC LIMIT ? OFFSET ?", VIEW, username, username, role.name(), limit, offset);
    }

    public long count(String username, Role role, boolean unreadOnly) {
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + INBOX + (unreadOnly ? " AND r.message_id IS NULL" : ""),
                Long.class, username, username, role.name());
        return count == null ? 0 : count;
    }

    public Optional<NotificationView> find(String username, Role role, long id) {
        return jdbc.query("SELECT m.id, m.created_at, m.subject, m.body, m.region_path, m.recipient_username,"
                + " r.read_at" + INBOX + " AND m.id = ?", VIEW, username, username, role.name(), id)
                .stream().findFirst();
    }

    /** Marks a message of the user's inbox read; false when the user has no such message. */
    public boolean markRead(String username, Role role, long id, Instant now) {
        if (find(username, role, id).isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO notification_inbox_read (message_id, username, read_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", new Object[] {id, username, utc(now)},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
        return true;
    }

    /** Marks every message of the user's inbox read; answers how many were unread. */
    public int markAllRead(String username, Role role, Instant now) {
        return jdbc.update("INSERT INTO notification_inbox_read (message_id, username, read_at)"
                + " SELECT m.id, ?, ? FROM notification_message m WHERE " + FOR_USER
                + " AND NOT EXISTS (SELECT 1 FROM notification_inbox_read r WHERE r.message_id = m.id"
                + " AND r.username = ?) ON CONFLICT DO NOTHING",
                new Object[] {username, utc(now), username, role.name(), username},
                new int[] {Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
