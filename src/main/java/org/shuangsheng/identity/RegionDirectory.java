package org.shuangsheng.identity;

import java.util.Collection;
import java.util.List;
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

    /**
     * The units a user picks from to narrow a list: each of these (the user's own regions), with
     * its children and grandchildren, active ones in tree order. Two levels keep the list short at
     * city scale (a district's subdistricts and communities, a subdistrict's communities and grids)
     * while a grid worker sees its grids. Unknown or retired codes give nothing.
     */
    List<Choice> choicesWithin(Collection<String> codes);

    /** One unit to pick: {@code depth} counts the levels below the user's region it stands. */
    record Choice(String code, String name, int depth) {
    }
}
