package org.shuangsheng.notification;

import org.shuangsheng.identity.Role;

/** A stored message as a channel delivers it; its texts are already masked. */
public record OutgoingNotification(long messageId, String recipientUsername, Role recipientRole, String regionPath,
        String subject, String body) {
}
