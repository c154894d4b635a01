package org.shuangsheng.enterprise;

import java.time.LocalDate;

/** One enterprise as its page and the API show it; the liaison's phone masked. */
public record EnterpriseView(long id, String name, String uscc, Industry industry, EnterpriseSize size,
        String subdistrictCode, String address, String legalRepresentative, String liaisonName, String liaisonPhone,
        String preventionLead, Integer headcount, boolean majorProject, EnterpriseStatus status,
        LocalDate plannedResumptionDate, LocalDate resumedOn, LocalDate nextReviewDue) {
}
