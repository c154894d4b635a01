package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One quarantine order with its resident, its decisions and its check-ins, for its page and the API. */
public record QuarantineView(long id, long residentId, long householdId, String name, String gridCode,
        String address, QuarantineStatus status, QuarantineType type, String place, LocalDate startDate,
        LocalDate plannedEnd, List<String> reasons, RiskLevel riskLevel, String decidedBy, String dismissReason,
        LocalDate releasedOn, String releasedBy, String releaseNote, List<CheckIn> checkIns) {

    public QuarantineView {
        reasons = List.copyOf(reasons);
        checkIns = List.copyOf(checkIns);
    }

    /** One daily check-in (每日打卡). */
    public record CheckIn(LocalDate date, BigDecimal temperature, String symptoms, String recordedBy) {
    }
}
