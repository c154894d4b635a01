package org.shuangsheng.screening;

import java.time.LocalDate;

/** Visits made and fevers found on one day of the district's zone, within a region. */
public record DayFigures(LocalDate date, long visits, long fevers) {
}
