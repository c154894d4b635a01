/**
 * 通知: an outbox of reminders and alerts. A module calls {@link org.shuangsheng.notification.Notifications#send}
 * in the transaction of its change; the message is kept in the database and delivered by a
 * scheduled dispatcher through each requested {@link org.shuangsheng.notification.Channel}, with
 * retries and backoff, so nothing is lost on a restart. In-app messages form each user's inbox
 * ({@link org.shuangsheng.notification.NotificationQueries}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"identity",
        "shared"})
package org.shuangsheng.notification;
