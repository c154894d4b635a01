package org.shuangsheng.identity;

/** The functional departments (职能部门) a DEPARTMENT account belongs to. */
public enum Department {
    MARKET_REGULATION, AGRICULTURE, EMPLOYMENT, INVESTMENT, PUBLICITY, HEALTH, INDUSTRY;

    /**
     * The authority a DEPARTMENT account holds besides its role, e.g. {@code DEPARTMENT_HEALTH},
     * so that route rules can open a function to one department only.
     */
    public String authority() {
        return authority(name());
    }

    public static String authority(String department) {
        return "DEPARTMENT_" + department;
    }
}
