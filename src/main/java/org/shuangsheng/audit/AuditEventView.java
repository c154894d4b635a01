package org.shuangsheng.audit;

import java.time.Instant;

/** One row of the audit log as pages, exports and the API show it; {@code occurredAt} is UTC. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        String username,
        String address,
        AuditAction action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        String detail) {
}
