package org.shuangsheng.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the administration pages show it: no password hash, ever. {@code approved} is
 * false while the request that created it waits for a second person.
 */
public record AccountView(long id, String username, String displayName, Role role, String department,
        Set<String> regionCodes, Long enterpriseId, Long checkpointId, boolean enabled, boolean locked,
        boolean mustChangePassword, boolean demo, Instant createdAt, boolean approved) {
}
