package org.shuangsheng.command;

/**
 * Where an alert stands: {@code OPEN} when raised, {@code ACKNOWLEDGED} when someone has taken
 * it on, {@code RESOLVED} when dealt with (from either of the others). A resolved alert is final.
 */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
