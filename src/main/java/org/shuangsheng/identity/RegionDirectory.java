package org.shuangsheng.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Turns the region codes of a user's scope into the materialized paths records carry. The
 * region module provides it; identity asks at each request, so a moved region moves the
 * scope with it.
 */
public interface RegionDirectory {

    /** The current path of each known, active code; unknown or retired codes are left out. */
    Map<String, String> pathsOf(Collection<String> codes);

    /**
     * How a person names each known, active path: the names of its units below the district,
     * from the top down, e.g. {@code 红旗街道 · 红旗社区 · 第1网格}; the district itself by its
     * own name. Unknown or retired paths are left out, so a caller can fall back to the code.
     */
    Map<String, String> placesOf(Collection<String> paths);
}
