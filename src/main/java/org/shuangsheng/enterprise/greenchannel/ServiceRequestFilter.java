package org.shuangsheng.enterprise.greenchannel;

/** Filters of the green-channel list; null means any. */
public record ServiceRequestFilter(ServiceRequestStatus status, ServiceCategory category, boolean overdueOnly) {
}
