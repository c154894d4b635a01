package org.shuangsheng.identity;

/** The functional departments (职能部门) a DEPARTMENT account belongs to. */
public enum Department {
    MARKET_REGULATION, AGRICULTURE, EMPLOYMENT, INVESTMENT, PUBLICITY, HEALTH, INDUSTRY
}
