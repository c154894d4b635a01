package org.shuangsheng.audit.internal;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. The one row of {@code audit_chain_head} is read with
 * {@code SELECT ... FOR UPDATE} and moved on in the same transaction as the insert, so appends
 * from every instance of the platform line up one after the other and each row links to the
 * row written just before it.
 */
@Component
public class AuditChain {

    private static final String INSERT = "INSERT INTO audit_event (id, occurred_at, username, address, action,"
            + " object_type, object_id, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] INSERT_TYPES = {Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the entry at the end of the chain and answers its id. Its own transaction: the
     * record stays when the caller's transaction rolls back, and the lock on the head is held
     * only for the three statements.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(AuditEntry entry) {
        AuditEventStore.Head head = jdbc.queryForObject(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, row) -> new AuditEventStore.Head(rs.getLong(1), rs.getString(2)));
        long id = head.lastId() + 1;
        String hash = ChainHash.of(head.lastHash(), id, entry);
        jdbc.update(INSERT, new Object[] {id, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
                entry.username(), entry.address(), entry.action().name(), entry.objectType(), entry.objectId(),
                entry.outcome().name(), entry.detail(), head.lastHash(), hash}, INSERT_TYPES);
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, hash);
        return id;
    }
}
