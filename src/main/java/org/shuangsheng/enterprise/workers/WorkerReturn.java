package org.shuangsheng.enterprise.workers;

import org.shuangsheng.enterprise.internal.FreeText;
import org.shuangsheng.enterprise.internal.ReturnTemperature;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.NotBlankText;

/**
 * A worker's return as recorded on the worker's page: the day, how they came, and the health check
 * at the door if one was made; {@code contactWithCase} left out keeps what was on record.
 */
public record WorkerReturn(
        @NotBlankText(message = "enterprise.returning.returnDate.required")
        @IsoDate(minYear = 2000, maxYear = 2100, message = ReturningWorkers.DATE_FORMAT) String returnDate,
        @FreeText(max = ReturningWorkers.MAX_TEXT, allowed = ReturningWorkers.LINE_BREAKS) String transport,
        @ReturnTemperature String temperature,
        @FreeText(max = ReturningWorkers.MAX_SYMPTOMS, allowed = ReturningWorkers.LINE_BREAKS) String symptoms,
        Boolean contactWithCase) {
}
