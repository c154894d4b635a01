package org.shuangsheng.notification;

import java.time.Instant;

/** A message in a user's inbox; {@code readAt} is null while it is unread. */
public record NotificationView(long id, Instant createdAt, String subject, String body, String regionPath,
        boolean broadcast, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
