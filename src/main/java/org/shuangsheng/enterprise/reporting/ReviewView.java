package org.shuangsheng.enterprise.reporting;

import java.time.LocalDate;

/** One five-day review of an enterprise. */
public record ReviewView(long id, long enterpriseId, LocalDate reviewDate, LocalDate dueDate, boolean recordsKept,
        boolean temperatureChecks, boolean disinfection, boolean supplies, boolean isolationRoom,
        boolean returningWorkerChecks, ReviewOutcome outcome, LocalDate rectifyBy, String notes, String reviewedBy) {
}
