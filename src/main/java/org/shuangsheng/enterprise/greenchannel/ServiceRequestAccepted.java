package org.shuangsheng.enterprise.greenchannel;

import org.shuangsheng.identity.Department;

/** The routed department (or the commander, or the subdistrict) accepted a green-channel request. */
public record ServiceRequestAccepted(long requestId, long enterpriseId, String regionPath, ServiceCategory category,
        Department department) {
}
