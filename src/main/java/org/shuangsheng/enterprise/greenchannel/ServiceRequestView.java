package org.shuangsheng.enterprise.greenchannel;

import java.time.Instant;
import java.util.List;
import org.shuangsheng.identity.Department;

/** A green-channel request as its readers see it, with its comments (oldest first) when asked for one. */
public record ServiceRequestView(long id, long enterpriseId, String enterpriseName, ServiceCategory category,
        String description, ServiceUrgency urgency, Department department, ServiceRequestStatus status,
        Instant submittedAt, String submittedBy, Instant deadline, Instant acceptedAt, Instant resolvedAt,
        Instant confirmedAt, boolean overdue, List<Comment> comments) {

    /** A comment on a request: who wrote it, when, and what. */
    public record Comment(String author, Instant createdAt, String text) {
    }
}
