package org.shuangsheng.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/** A filing on the task force's post-check list (or returned, awaiting the enterprise's amendment). */
public record PostCheckRow(long enterpriseId, String enterpriseName, String subdistrictCode, FilingState state,
        Instant filedAt, int amendments, LocalDate plannedResumptionDate, LocalDate resumedOn) {
}
