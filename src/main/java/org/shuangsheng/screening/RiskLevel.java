package org.shuangsheng.screening;

/** 风险等级: green passes, yellow is watched, red is quarantined. Ordered from low to high. */
public enum RiskLevel {
    GREEN,
    YELLOW,
    RED;

    public RiskLevel max(RiskLevel other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
