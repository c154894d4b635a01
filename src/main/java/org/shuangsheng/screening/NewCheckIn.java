package org.shuangsheng.screening;

import org.shuangsheng.screening.internal.CheckInTemperature;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.PlainText;

/** A day's check-in of a quarantined resident; {@code date} is {@code yyyy-MM-dd}, blank for today. */
public record NewCheckIn(
        @IsoDate(message = "quarantine.date.format") String date,
        @CheckInTemperature String temperature,
        @PlainText(max = QuarantineManagement.MAX_TEXT, message = "quarantine.text.format") String symptoms) {
}
