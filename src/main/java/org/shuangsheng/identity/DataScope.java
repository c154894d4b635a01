package org.shuangsheng.identity;

import java.util.Set;

/**
 * What records a user may see and change, in the terms records carry: region paths, an
 * enterprise id, a checkpoint id, the user's own id, or the user's cadre pairings.
 */
public sealed interface DataScope {

    /** Records at or under any of these materialized paths (a grid, a subdistrict, the district). */
    record Regions(Set<String> paths) implements DataScope {

        public Regions {
            paths = Set.copyOf(paths);
        }

        public boolean covers(String path) {
            return path != null && paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        }
    }

    /** The records of one enterprise. */
    record Enterprise(long enterpriseId) implements DataScope {
    }

    /** The records of one checkpoint. */
    record Checkpoint(long checkpointId) implements DataScope {
    }

    /** The records paired (包保) to this cadre. */
    record Paired(long cadreUserId) implements DataScope {
    }

    /** The user's own records only. */
    record Own(long userId) implements DataScope {
    }

    /** No records at all (the administrator sees no residents' data). */
    record Nothing() implements DataScope {
    }
}
