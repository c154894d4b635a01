package org.shuangsheng.enterprise.greenchannel;

import org.shuangsheng.identity.Department;

/** A green-channel request was resolved; the enterprise is to confirm it. */
public record ServiceRequestResolved(long requestId, long enterpriseId, String regionPath, ServiceCategory category,
        Department department) {
}
