package org.shuangsheng.screening;

import java.util.List;

/**
 * How far a round has got in a region: households in it and how many were visited at least
 * once, residents in it and how many were seen (present) in any visit, with the same figures
 * for each direct child region.
 */
public record Coverage(String regionCode, String regionName, String level, long households, long visitedHouseholds,
        long residents, long seenResidents, List<Coverage> children) {

    public Coverage {
        children = List.copyOf(children);
    }

    public long notVisitedHouseholds() {
        return Math.max(0, households - visitedHouseholds);
    }

    /** Visited households as a whole percentage, 0 for a region without households. */
    public long percentVisited() {
        return households == 0 ? 0 : Math.min(100, visitedHouseholds * 100 / households);
    }
}
