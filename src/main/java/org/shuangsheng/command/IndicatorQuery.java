package org.shuangsheng.command;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day and the region the dashboard asks about. The region comes as its code and its
 * materialized path (e.g. {@code 230506/001}), the terms every scoped record carries.
 */
public record IndicatorQuery(LocalDate date, String regionCode, String regionPath) {

    public IndicatorQuery {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionPath, "regionPath");
    }

    /** The pattern of every path strictly below the region, for {@code path like :descendants}. */
    public String descendantsPattern() {
        return regionPath + "/%";
    }
}
