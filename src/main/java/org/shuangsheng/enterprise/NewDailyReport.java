package org.shuangsheng.enterprise;

import java.time.LocalDate;

/** A daily report as typed; {@code date} may be left out for today (the district's date). */
public record NewDailyReport(LocalDate date, Integer onSiteStaff, Integer returnedToday, Integer fromKeyAreas,
        Integer inQuarantine, Integer withFever, Boolean temperatureChecked, Boolean disinfected, Integer maskDays,
        Integer thermometerDays, String problems) {
}
