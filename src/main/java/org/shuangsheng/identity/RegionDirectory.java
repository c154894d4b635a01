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
}
