package org.shuangsheng.screening;

import java.time.LocalDate;

/**
 * One quarantine order in a list: the name is masked ({@code 王*}); no ID number, no phone.
 *
 * @param lastCheckIn the day of the latest check-in, or {@code null}
 */
public record QuarantineRow(long id, long residentId, String name, String gridCode, String address,
        QuarantineStatus status, QuarantineType type, String place, LocalDate startDate, LocalDate plannedEnd,
        LocalDate lastCheckIn, String reasons) {
}
