package org.shuangsheng.audit;

/** How it ended: done, tried and failed, or refused by access control. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
