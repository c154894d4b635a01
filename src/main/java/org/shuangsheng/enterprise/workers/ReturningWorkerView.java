package org.shuangsheng.enterprise.workers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.shuangsheng.screening.KeyAreaLevel;

/**
 * A returning worker as pages and the API show it: the ID number and phone always masked, the
 * name masked in lists ({@code 王*}) and whole on the worker's own (audited) page.
 */
public record ReturningWorkerView(long id, long enterpriseId, String name, String idNumber, String phone,
        String origin, LocalDate expectedReturnDate, LocalDate returnDate, String transport, KeyAreaLevel keyArea,
        boolean contactWithCase, BigDecimal temperature, String symptoms, boolean reportedToCommunity,
        LocalDate quarantineUntil, LocalDate releasedOn, String releasedBy, String releaseNote,
        ReturningWorkerStatus status, String updatedBy, Instant updatedAt) {

    /** Whether a release can be recorded now: in quarantine and not released. */
    public boolean releasable() {
        return quarantineUntil != null && releasedOn == null;
    }
}
