package org.shuangsheng.region;

import java.util.Optional;

/** The four levels of the district's tree, top to bottom. */
public enum RegionLevel {
    DISTRICT, SUBDISTRICT, COMMUNITY, GRID;

    public Optional<RegionLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public Optional<RegionLevel> childLevel() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
