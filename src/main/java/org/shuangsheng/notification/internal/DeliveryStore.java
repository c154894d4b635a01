package org.shuangsheng.notification.internal;

import static org.shuangsheng.notification.internal.MessageStore.instant;
import static org.shuangsheng.notification.internal.MessageStore.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.OutgoingNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries of the outbox, as the dispatcher works them off. Portable between H2 and
 * PostgreSQL: a delivery is claimed by a conditional UPDATE (compare-and-set on its attempt
 * count), not by row locks, and no lock is held while a channel sends.
 */
@Component
public class DeliveryStore {

    public enum Status {
        PENDING, FAILED, SENT, GAVE_UP
    }

    /** A due delivery with its message, as read before it is claimed. */
    public record Due(long deliveryId, Channel channel, int attempts, OutgoingNotification notification) {
    }

    /** The state of one delivery, for tests and operators. */
    public record State(long deliveryId, long messageId, Channel channel, Status status, int attempts,
            Instant nextAttemptAt, String lastError, Instant sentAt) {
    }

    private static final RowMapper<Due> DUE = (rs, row) -> new Due(rs.getLong("delivery_id"),
            Channel.valueOf(rs.getString("channel")), rs.getInt("attempts"),
            new OutgoingNotification(rs.getLong("message_id"), rs.getString("recipient_username"),
                    rs.getString("recipient_role") == null ? null : Role.valueOf(rs.getString("recipient_role")),
                    rs.getString("region_path"), rs.getString("subject"), rs.getString("body")));

    private static final RowMapper<State> STATE = (rs, row) -> new State(rs.getLong("id"), rs.getLong("message_id"),
            Channel.valueOf(rs.getString("channel")), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"));

    private final JdbcTemplate jdbc;

    DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deliveries waiting (never tried, or failed and due again) at {@code now}, oldest due first. */
    public List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT d.id AS delivery_id, d.channel, d.attempts, m.id AS message_id,"
                + " m.recipient_username, m.recipient_role, m.region_path, m.subject, m.body"
                + " FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id"
                + " WHERE d.status IN ('PENDING', 'FAILED') AND d.next_attempt_at <= ?"
                + " ORDER BY d.next_attempt_at, d.id LIMIT ?", DUE, utc(now), limit);
    }

    /**
     * Takes a due delivery for one attempt: counts the attempt and moves its next attempt to
     * {@code leaseEnd}, so that nobody else takes it meanwhile and, should this instance die
     * before it records the result, another takes it over then. Succeeds for exactly one caller
     * of those that read the same {@code attempts}. Runs in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(Due due, Instant now, Instant leaseEnd) {
        return jdbc.update("UPDATE notification_delivery SET attempts = attempts + 1, next_attempt_at = ?"
                + " WHERE id = ? AND attempts = ? AND status IN ('PENDING', 'FAILED') AND next_attempt_at <= ?",
                new Object[] {utc(leaseEnd), due.deliveryId(), due.attempts(), utc(now)},
                new int[] {Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.INTEGER,
                        Types.TIMESTAMP_WITH_TIMEZONE}) == 1;
    }

    /**
     * Records attempt number {@code attempt} and moves the delivery to {@code status}. The update
     * applies only while the delivery is still at that attempt (an instance whose lease ran out
     * and was overtaken does not overwrite the newer state); the attempt is recorded either way.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long deliveryId, int attempt, Instant now, Status status, Instant nextAttemptAt,
            String error) {
        jdbc.update("INSERT INTO notification_delivery_attempt (delivery_id, attempt, attempted_at, outcome, error)"
                + " VALUES (?, ?, ?, ?, ?)", new Object[] {deliveryId, attempt, utc(now), status.name(), error},
                new int[] {Types.BIGINT, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR});
        jdbc.update("UPDATE notification_delivery SET status = ?, next_attempt_at = ?, last_error = ?, sent_at = ?"
                + " WHERE id = ? AND attempts = ?", new Object[] {status.name(), utc(nextAttemptAt), error,
                        status == Status.SENT ? utc(now) : null, deliveryId, attempt},
                new int[] {Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                        Types.BIGINT, Types.INTEGER});
    }

    public List<State> ofMessage(long messageId) {
        return jdbc.query("SELECT id, message_id, channel, status, attempts, next_attempt_at, last_error, sent_at"
                + " FROM notification_delivery WHERE message_id = ? ORDER BY id", STATE, messageId);
    }

    /** How many attempts were recorded for a delivery. */
    public int attemptsRecorded(long deliveryId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery_attempt WHERE delivery_id = ?",
                Integer.class, deliveryId);
        return count == null ? 0 : count;
    }
}
