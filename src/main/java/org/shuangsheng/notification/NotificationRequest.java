package org.shuangsheng.notification;

import java.util.Set;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.internal.NotificationText;
import org.shuangsheng.notification.internal.Subject;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.RegionPathText;

/**
 * A message to send.
 *
 * @param recipientUsername the one account it is for, or null for a broadcast to {@code recipientRole}
 * @param recipientRole every account of this role, when {@code recipientUsername} is null
 * @param regionPath the region the message is about (a materialized path), optional
 * @param subject one line, up to 100 characters
 * @param body up to 1000 characters
 * @param channels where to deliver besides the inbox ({@link Channel#IN_APP} is always added); may be null
 * @param dedupKey optional: a second request with the same key sends nothing, up to 200 characters
 */
public record NotificationRequest(
        String recipientUsername,
        Role recipientRole,
        @RegionPathText(message = "notification.regionPath.invalid") String regionPath,
        @Subject(max = NotificationText.MAX_SUBJECT) String subject,
        @PlainText(max = NotificationText.MAX_BODY, refuseHiddenControls = false,
                message = "notification.body.tooLong") String body,
        Set<Channel> channels,
        @PlainText(max = NotificationText.MAX_DEDUP_KEY, refuseHiddenControls = false,
                message = "notification.dedupKey.tooLong") String dedupKey) {

    /** An in-app message to one account. */
    public static NotificationRequest toUser(String username, String subject, String body) {
        return new NotificationRequest(username, null, null, subject, body, Set.of(Channel.IN_APP), null);
    }

    /** An in-app message to every account of a role. */
    public static NotificationRequest toRole(Role role, String subject, String body) {
        return new NotificationRequest(null, role, null, subject, body, Set.of(Channel.IN_APP), null);
    }
}
