package org.shuangsheng.enterprise.workers;

import org.shuangsheng.enterprise.internal.FreeText;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.NotBlankText;

/**
 * A worker's release from quarantine (解除隔离): the day, not after today nor before the return,
 * and a note, needed when the release comes before the planned end; both checked by
 * {@link ReturningWorkers#release}.
 */
public record WorkerRelease(
        @NotBlankText(message = "enterprise.returning.releasedOn.required")
        @IsoDate(minYear = 2000, maxYear = 2100, message = ReturningWorkers.DATE_FORMAT) String releasedOn,
        @FreeText(max = ReturningWorkers.MAX_SYMPTOMS, allowed = ReturningWorkers.LINE_BREAKS) String note) {
}
