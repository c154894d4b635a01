package org.shuangsheng.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/** An enterprise's filing as its page shows it; the prevention lead's phone masked. */
public record FilingView(long id, long enterpriseId, FilingState state, String preventionLead,
        String preventionLeadPhone, String emergencyPlan, String staffScreening, int suppliesDays,
        boolean isolationRoom, String disinfection, String dining, String meetings, String commuting,
        LocalDate plannedResumptionDate, String commitmentText, String commitmentSignatory, LocalDate commitmentDate,
        Instant filedAt, String filedBy, String returnReason, Instant returnedAt, String returnedBy, int amendments,
        Instant checkedAt, String checkedBy) {
}
