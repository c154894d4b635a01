package org.shuangsheng.enterprise;

/** An enterprise as the task force registers or edits it; every value as typed, checked by the module. */
public record NewEnterprise(String name, String uscc, String industry, String size, String subdistrictCode,
        String address, String legalRepresentative, String liaisonName, String liaisonPhone, String preventionLead,
        Integer headcount, boolean majorProject) {
}
