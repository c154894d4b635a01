package org.shuangsheng.enterprise.reporting;

import java.time.LocalDate;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.OneOf;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A five-day review's checklist as the cadre ticks it; {@code rectifyBy} only with RECTIFY. What
 * an outcome needs of the checklist, the date and the notes is checked by {@link FiveDayReviews#record}.
 */
public record NewReview(boolean recordsKept, boolean temperatureChecks, boolean disinfection, boolean supplies,
        boolean isolationRoom, boolean returningWorkerChecks,
        @NotBlankText(message = "enterprise.review.outcome.required")
        @OneOf(value = ReviewOutcome.class, message = "enterprise.review.outcome.required") String outcome,
        LocalDate rectifyBy,
        @PlainText(max = 1000, refuseHiddenControls = false, message = "enterprise.text.tooLong") String notes) {
}
