package org.shuangsheng.enterprise;

import java.time.LocalDate;

/** An enterprise whose five-day review is due or overdue. */
public record ReviewDueRow(long enterpriseId, String name, String subdistrictCode, LocalDate resumedOn,
        LocalDate due, boolean overdue) {
}
