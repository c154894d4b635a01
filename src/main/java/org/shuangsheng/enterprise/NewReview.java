package org.shuangsheng.enterprise;

import java.time.LocalDate;

/** A five-day review's checklist as the cadre ticks it; {@code rectifyBy} only with RECTIFY. */
public record NewReview(boolean recordsKept, boolean temperatureChecks, boolean disinfection, boolean supplies,
        boolean isolationRoom, boolean returningWorkerChecks, String outcome, LocalDate rectifyBy, String notes) {
}
