package org.shuangsheng.enterprise;

/** The task force suspended, closed or reinstated an enterprise. */
public record EnterpriseStatusChanged(long enterpriseId, String regionPath, EnterpriseStatus from,
        EnterpriseStatus to) {
}
