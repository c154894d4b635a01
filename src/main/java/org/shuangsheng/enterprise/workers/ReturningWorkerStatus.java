package org.shuangsheng.enterprise.workers;

/**
 * Where a returning worker stands today, and the filters of the list: not back yet, back with no
 * quarantine or one released, in quarantine (its planned end ahead, today, or passed with no
 * release recorded yet).
 */
public enum ReturningWorkerStatus {
    EXPECTED, BACK, IN_QUARANTINE, ENDING_TODAY, OVERDUE, RELEASED
}
