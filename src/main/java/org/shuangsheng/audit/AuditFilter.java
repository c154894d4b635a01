package org.shuangsheng.audit;

import java.time.Instant;

/**
 * What a search of the audit log is narrowed by; every part is optional. {@code username} is
 * an exact account name; {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditFilter(String username, AuditAction action, Instant from, Instant to) {

    public AuditFilter {
        username = username == null || username.isBlank() ? null : username.strip();
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
