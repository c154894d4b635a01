package org.shuangsheng.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * What a signed-in user may reach: the regions (a grid worker's grids, an officer's
 * subdistrict, the commander's district), an enterprise, or only the user's own records.
 */
public record Scope(long userId, String username, Role role, Set<String> regionCodes, Long enterpriseId,
        Long checkpointId) implements Serializable {

    public Scope {
        regionCodes = Set.copyOf(regionCodes);
    }
}
