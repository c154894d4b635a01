package org.shuangsheng.region;

import java.util.Arrays;
import java.util.List;

/** What a unit is on the ground; each kind sits at one level. */
public enum RegionKind {
    DISTRICT(RegionLevel.DISTRICT),
    STREET(RegionLevel.SUBDISTRICT),
    TOWN(RegionLevel.SUBDISTRICT),
    COMMUNITY(RegionLevel.COMMUNITY),
    VILLAGE(RegionLevel.COMMUNITY),
    GRID(RegionLevel.GRID);

    private final RegionLevel level;

    RegionKind(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    public static List<RegionKind> at(RegionLevel level) {
        return Arrays.stream(values()).filter(k -> k.level == level).toList();
    }
}
