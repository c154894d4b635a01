package org.shuangsheng.population;

import java.util.List;

/**
 * A household as another module records something about it: where it lies and which
 * residents it has, by id only, with no personal data.
 */
public record HouseholdResidents(long id, String gridCode, String regionPath, List<Long> residentIds) {

    public HouseholdResidents {
        residentIds = List.copyOf(residentIds);
    }
}
