package org.shuangsheng.enterprise.greenchannel;

import java.time.Instant;
import org.shuangsheng.identity.Department;

/** A green-channel request was submitted and routed to a department, to answer by the deadline. */
public record ServiceRequestSubmitted(long requestId, long enterpriseId, String regionPath, ServiceCategory category,
        ServiceUrgency urgency, Department department, Instant deadline) {
}
