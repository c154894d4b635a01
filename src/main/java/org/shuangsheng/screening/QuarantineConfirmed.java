package org.shuangsheng.screening;

import java.time.LocalDate;

/** An official confirmed a quarantine order: the resident is now in home or central quarantine. */
public record QuarantineConfirmed(long quarantineId, long residentId, long householdId, String regionPath,
        QuarantineType type, LocalDate startDate, LocalDate plannedEnd) {
}
