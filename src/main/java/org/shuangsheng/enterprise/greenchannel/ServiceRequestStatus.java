package org.shuangsheng.enterprise.greenchannel;

import java.time.Instant;
import java.util.Set;

/**
 * A green-channel request goes SUBMITTED → ACCEPTED (by the routed department) → RESOLVED →
 * CONFIRMED (by the enterprise). It is open until resolved, and overdue while open after its
 * response deadline.
 */
public enum ServiceRequestStatus {
    SUBMITTED("已提交"), ACCEPTED("已受理"), RESOLVED("已解决"), CONFIRMED("已确认");

    static final Set<ServiceRequestStatus> OPEN = Set.of(SUBMITTED, ACCEPTED);

    private final String chinese;

    ServiceRequestStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Open and past its response deadline at this instant. */
    public boolean isOverdue(Instant deadline, Instant now) {
        return isOpen() && deadline.isBefore(now);
    }
}
