package org.shuangsheng.audit.internal;

import java.time.Instant;

/** A stored row exactly as the database holds it, for checking its hash. */
public record ChainRow(long id, Instant occurredAt, String username, String address, String action,
        String objectType, String objectId, String outcome, String detail, String prevHash, String hash) {

    /** Whether the stored hash is the hash of the stored values. */
    public boolean hashMatches() {
        return ChainHash.of(prevHash, id, occurredAt, username, address, action, objectType, objectId, outcome,
                detail).equals(hash);
    }
}
