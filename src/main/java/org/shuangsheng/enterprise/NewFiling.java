package org.shuangsheng.enterprise;

import java.time.LocalDate;

/**
 * A resumption filing (报备) as typed: the prevention plan, the planned date and the commitment
 * (承诺书), which counts only when {@code commitmentAccepted} is true.
 */
public record NewFiling(String preventionLead, String preventionLeadPhone, String emergencyPlan,
        String staffScreening, Integer suppliesDays, Boolean isolationRoom, String disinfection, String dining,
        String meetings, String commuting, LocalDate plannedResumptionDate, String commitmentText,
        String commitmentSignatory, boolean commitmentAccepted) {
}
