package org.shuangsheng.enterprise.reporting;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.shuangsheng.enterprise.internal.Count;
import org.shuangsheng.enterprise.internal.FreeText;

/**
 * A daily report as typed; {@code date} may be left out for today (the district's date), and
 * whether it is today and the enterprise has resumed is checked by {@link DailyReports#submit}.
 * {@code temperatureChecked} left out counts as checked.
 */
public record NewDailyReport(LocalDate date,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer onSiteStaff,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer returnedToday,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer fromKeyAreas,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer inQuarantine,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer withFever,
        Boolean temperatureChecked,
        @NotNull(message = "enterprise.report.disinfected.required") Boolean disinfected,
        @NotNull(message = COUNT_REQUIRED) @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer maskDays,
        @Count(max = DailyReports.MAX_STAFF, message = COUNT_RANGE) Integer thermometerDays,
        @FreeText(max = 1000, allowed = "\n\r") String problems) {

    static final String COUNT_REQUIRED = "enterprise.report.count.required";

    static final String COUNT_RANGE = "enterprise.report.count.range";
}
