package org.shuangsheng.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditOutcome;

/**
 * A record to append, before the chain gives it an id and a hash. Every text is cleaned and
 * bounded to its column here, and the time cut to microseconds, which both databases keep
 * exactly: the hash is computed from these values and must match what is read back.
 */
public record AuditEntry(Instant occurredAt, String username, String address, AuditAction action,
        String objectType, String objectId, AuditOutcome outcome, String detail) {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_ADDRESS = 64;
    public static final int MAX_OBJECT_TYPE = 64;
    public static final int MAX_OBJECT_ID = 255;
    public static final int MAX_DETAIL = 500;
    public static final String ANONYMOUS = "anonymous";

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        username = Objects.requireNonNullElse(AuditText.line(username, MAX_USERNAME), ANONYMOUS);
        address = AuditText.line(address, MAX_ADDRESS);
        objectType = AuditText.line(objectType, MAX_OBJECT_TYPE);
        objectId = AuditText.line(objectId, MAX_OBJECT_ID);
        detail = AuditText.line(detail, MAX_DETAIL);
    }

    /** The entry on one line, for the application log when it cannot be stored. */
    public String describe() {
        return "time=" + occurredAt + " user=" + username + " address=" + address + " action=" + action
                + " object=" + objectType + "/" + objectId + " outcome=" + outcome + " detail=" + detail;
    }
}
