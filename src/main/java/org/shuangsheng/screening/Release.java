package org.shuangsheng.screening;

import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.PlainText;

/**
 * The release (解除隔离) on {@code date} ({@code yyyy-MM-dd}, blank for today); before the planned
 * end the note saying why is required.
 */
public record Release(
        @IsoDate(message = "quarantine.date.format") String date,
        @PlainText(max = QuarantineManagement.MAX_TEXT, message = "quarantine.text.format") String note) {
}
