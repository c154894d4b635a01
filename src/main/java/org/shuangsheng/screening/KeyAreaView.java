package org.shuangsheng.screening;

import java.time.LocalDate;

/**
 * A key area (重点地区) as pages, the API and the risk rules see it.
 *
 * @param validTo the last day the area counts, or {@code null} while it has no end
 */
public record KeyAreaView(long id, String name, KeyAreaLevel level, LocalDate validFrom, LocalDate validTo,
        boolean retired, boolean demo) {
}
