package org.shuangsheng.screening;

/** 居家隔离 or 集中隔离. */
public enum QuarantineType {
    HOME,
    CENTRAL
}
