package org.shuangsheng.screening;

import java.time.LocalDate;

/** A screening round as pages and the API show it. */
public record RoundView(long id, String name, LocalDate startDate, LocalDate endDate, String regionCode,
        String regionName, boolean closed, String createdBy) {
}
