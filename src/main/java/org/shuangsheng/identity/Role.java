package org.shuangsheng.identity;

/** The roles of DESIGN.md; each user has exactly one. */
public enum Role {
    COMMANDER,
    DEPARTMENT,
    SUBDISTRICT_OFFICER,
    GRID_WORKER,
    CADRE,
    CHECKPOINT_GUARD,
    ENTERPRISE,
    FARMER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
