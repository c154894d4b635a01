package org.shuangsheng.enterprise;

import java.time.LocalDate;

/** One enterprise in a list; the liaison's phone masked. */
public record EnterpriseRow(long id, String name, String uscc, Industry industry, EnterpriseSize size,
        String subdistrictCode, String liaisonName, String liaisonPhone, boolean majorProject, EnterpriseStatus status,
        LocalDate plannedResumptionDate, LocalDate resumedOn) {
}
