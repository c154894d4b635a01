package org.shuangsheng.enterprise.workers;

import org.shuangsheng.enterprise.internal.FreeText;
import org.shuangsheng.enterprise.internal.ReturnTemperature;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.MobilePhone;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.ResidentId;

/**
 * A returning worker as typed on the form or sent to the API; dates (yyyy-MM-dd) and the
 * temperature as text, so that a bad value is reported under its field. The ID number is needed
 * only for a new worker (an edit keeps the one on record when left blank); that, whether it is
 * registered already and what the dates need of each other are checked by {@link ReturningWorkers}.
 */
public record NewReturningWorker(
        @NotBlankText(message = "enterprise.returning.name.required")
        @PlainText(max = ReturningWorkers.MAX_NAME, codePoints = true, message = "enterprise.returning.name.format")
        String name,
        @ResidentId String idNumber,
        @MobilePhone String phone,
        @NotBlankText(message = "enterprise.returning.origin.required")
        @FreeText(max = ReturningWorkers.MAX_TEXT, allowed = ReturningWorkers.LINE_BREAKS) String origin,
        @IsoDate(minYear = 2000, maxYear = 2100, message = ReturningWorkers.DATE_FORMAT) String expectedReturnDate,
        @IsoDate(minYear = 2000, maxYear = 2100, message = ReturningWorkers.DATE_FORMAT) String returnDate,
        @FreeText(max = ReturningWorkers.MAX_TEXT, allowed = ReturningWorkers.LINE_BREAKS) String transport,
        Boolean contactWithCase,
        @ReturnTemperature String temperature,
        @FreeText(max = ReturningWorkers.MAX_SYMPTOMS, allowed = ReturningWorkers.LINE_BREAKS) String symptoms,
        Boolean reportedToCommunity) {
}
