package org.shuangsheng.enterprise.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** One day's report of an enterprise. */
public record DailyReportView(long id, long enterpriseId, LocalDate date, int onSiteStaff, int returnedToday,
        int fromKeyAreas, int inQuarantine, int withFever, boolean temperatureChecked, boolean disinfected,
        int maskDays, Integer thermometerDays, String problems, boolean late, Instant submittedAt,
        String submittedBy, int corrections) {
}
