package org.shuangsheng.screening;

import java.time.LocalDate;

/** A person recorded the release (解除隔离) of a quarantined resident. */
public record QuarantineReleased(long quarantineId, long residentId, String regionPath, LocalDate releasedOn) {
}
